import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../../common/decorators/auth.decorators';
import type { AuthUser } from '../../common/decorators/auth.decorators';
import { CallsService } from './calls.service';
import { CreateInternshipCallDto, InternshipCallDto, TutorOptionDto, UpdateInternshipCallDto } from './dto/calls.dto';
import { CALL_READER_ROLES, INTERNSHIP_MANAGER_ROLES } from './internships.access';

@ApiTags('internships')
@ApiBearerAuth()
@Controller()
export class CallsController {
  constructor(private readonly service: CallsService) {}

  @Get('internship-calls')
  @Roles(...CALL_READER_ROLES)
  @ApiOkResponse({ type: [InternshipCallDto], description: 'Coordinación y Gerencia: todas, con el número de postulaciones; los demás: publicadas y cerradas' })
  list(@CurrentUser() viewer: AuthUser): Promise<InternshipCallDto[]> {
    return this.service.list(viewer);
  }

  @Get('internship-tutors')
  @Roles(...INTERNSHIP_MANAGER_ROLES)
  @ApiOkResponse({ type: [TutorOptionDto], description: 'Personas activas con el rol de tutor/a' })
  tutors(): Promise<TutorOptionDto[]> {
    return this.service.tutors();
  }

  @Post('internship-calls')
  @Roles(...INTERNSHIP_MANAGER_ROLES)
  @ApiCreatedResponse({ type: InternshipCallDto })
  create(@Body() dto: CreateInternshipCallDto, @CurrentUser() actor: AuthUser): Promise<InternshipCallDto> {
    return this.service.create(dto, actor);
  }

  @Get('internship-calls/:id')
  @Roles(...CALL_READER_ROLES)
  @ApiOkResponse({ type: InternshipCallDto })
  get(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() viewer: AuthUser): Promise<InternshipCallDto> {
    return this.service.get(id, viewer);
  }

  @Patch('internship-calls/:id')
  @Roles(...INTERNSHIP_MANAGER_ROLES)
  @ApiOkResponse({ type: InternshipCallDto })
  update(@Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateInternshipCallDto, @CurrentUser() actor: AuthUser): Promise<InternshipCallDto> {
    return this.service.update(id, dto, actor);
  }

  @Post('internship-calls/:id/publish')
  @Roles(...INTERNSHIP_MANAGER_ROLES)
  @HttpCode(200)
  @ApiOkResponse({ type: InternshipCallDto })
  publish(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() actor: AuthUser): Promise<InternshipCallDto> {
    return this.service.setStatus(id, 'published', actor);
  }

  @Post('internship-calls/:id/close')
  @Roles(...INTERNSHIP_MANAGER_ROLES)
  @HttpCode(200)
  @ApiOkResponse({ type: InternshipCallDto })
  close(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() actor: AuthUser): Promise<InternshipCallDto> {
    return this.service.setStatus(id, 'closed', actor);
  }
}
