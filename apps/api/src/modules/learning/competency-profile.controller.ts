import { Body, Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../../common/decorators/auth.decorators';
import type { AuthUser } from '../../common/decorators/auth.decorators';
import { CompetencyProfileService } from './competency-profile.service';
import { CompetencyProfileDto, CompetencyRecordDto, CreateCompetencyRecordDto } from './dto/competency-profile.dto';

@ApiTags('competency profile')
@ApiBearerAuth()
@Controller()
export class CompetencyProfileController {
  constructor(private readonly service: CompetencyProfileService) {}

  @Get('competency-profile/me')
  @Roles('participant')
  @ApiOkResponse({ type: CompetencyProfileDto })
  mine(@CurrentUser() viewer: AuthUser): Promise<CompetencyProfileDto> {
    return this.service.profile(viewer, viewer.id);
  }

  @Get('users/:userId/competency-profile')
  @Roles('admin', 'coordinator', 'manager', 'municipal_liaison')
  @ApiOkResponse({ type: CompetencyProfileDto, description: 'Enlaces municipales: solo personas de su municipio' })
  profile(@Param('userId', ParseUUIDPipe) userId: string, @CurrentUser() viewer: AuthUser): Promise<CompetencyProfileDto> {
    return this.service.profile(viewer, userId);
  }

  @Post('users/:userId/competency-records')
  @Roles('admin', 'coordinator')
  @ApiCreatedResponse({ type: CompetencyRecordDto, description: 'Reconocimiento manual, con nota obligatoria' })
  recognise(
    @Param('userId', ParseUUIDPipe) userId: string,
    @Body() dto: CreateCompetencyRecordDto,
    @CurrentUser() actor: AuthUser,
  ): Promise<CompetencyRecordDto> {
    return this.service.recognise(actor, userId, dto);
  }
}
