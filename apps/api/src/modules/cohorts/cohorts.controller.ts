import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { COHORT_EDITOR_ROLES, COHORT_READER_ROLES } from '@campus/domain';
import { CurrentUser, Roles } from '../../common/decorators/auth.decorators';
import type { AuthUser } from '../../common/decorators/auth.decorators';
import { CohortsService } from './cohorts.service';
import {
  CohortDto, CohortSummaryDto, CreateCohortDto, CreateCohortSessionDto, CreateCohortSessionSeriesDto, SavedCohortDto, SavedCohortSessionDto, CohortSessionSeriesResultDto,
  UpdateCohortDto, UpdateCohortSessionDto,
} from './dto/cohort.dto';

@ApiTags('cohorts')
@ApiBearerAuth()
@Controller()
export class CohortsController {
  constructor(private readonly service: CohortsService) {}

  @Get('courses/:courseId/cohorts')
  @Roles(...COHORT_READER_ROLES)
  @ApiOkResponse({ type: [CohortSummaryDto], description: 'Coordinadores y administradores: todas; facilitadores: las suyas' })
  list(@Param('courseId', ParseUUIDPipe) courseId: string, @CurrentUser() viewer: AuthUser): Promise<CohortSummaryDto[]> {
    return this.service.listForCourse(courseId, viewer);
  }

  @Post('courses/:courseId/cohorts')
  @Roles(...COHORT_EDITOR_ROLES)
  @ApiCreatedResponse({ type: SavedCohortDto })
  create(@Param('courseId', ParseUUIDPipe) courseId: string, @Body() dto: CreateCohortDto, @CurrentUser() actor: AuthUser): Promise<SavedCohortDto> {
    return this.service.create(courseId, dto, actor);
  }

  @Get('cohorts/:id')
  @Roles(...COHORT_READER_ROLES)
  @ApiOkResponse({ type: CohortDto })
  get(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() viewer: AuthUser): Promise<CohortDto> {
    return this.service.get(id, viewer);
  }

  @Patch('cohorts/:id')
  @Roles(...COHORT_EDITOR_ROLES)
  @ApiOkResponse({ type: SavedCohortDto, description: '`warnings`: cruces de horario que crea el cambio' })
  update(@Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateCohortDto, @CurrentUser() actor: AuthUser): Promise<SavedCohortDto> {
    return this.service.update(id, dto, actor);
  }

  @Post('cohorts/:id/cancel')
  @Roles(...COHORT_EDITOR_ROLES)
  @HttpCode(200)
  @ApiOkResponse({ type: CohortDto })
  cancel(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() actor: AuthUser): Promise<CohortDto> {
    return this.service.setStatus(id, 'cancelled', actor);
  }

  @Post('cohorts/:id/close')
  @Roles(...COHORT_EDITOR_ROLES)
  @HttpCode(200)
  @ApiOkResponse({ type: CohortDto })
  close(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() actor: AuthUser): Promise<CohortDto> {
    return this.service.setStatus(id, 'closed', actor);
  }

  @Post('cohorts/:id/sessions')
  @Roles(...COHORT_EDITOR_ROLES)
  @ApiCreatedResponse({ type: SavedCohortSessionDto, description: '`warnings`: cruces de horario (no impiden guardar)' })
  addSession(@Param('id', ParseUUIDPipe) id: string, @Body() dto: CreateCohortSessionDto, @CurrentUser() actor: AuthUser): Promise<SavedCohortSessionDto> {
    return this.service.addSession(id, dto, actor);
  }

  @Post('cohorts/:id/sessions/bulk')
  @Roles(...COHORT_EDITOR_ROLES)
  @ApiCreatedResponse({ type: CohortSessionSeriesResultDto })
  addSeries(@Param('id', ParseUUIDPipe) id: string, @Body() dto: CreateCohortSessionSeriesDto, @CurrentUser() actor: AuthUser): Promise<CohortSessionSeriesResultDto> {
    return this.service.addSeries(id, dto, actor);
  }

  @Patch('cohort-sessions/:id')
  @Roles(...COHORT_EDITOR_ROLES)
  @ApiOkResponse({ type: SavedCohortSessionDto })
  updateSession(@Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateCohortSessionDto, @CurrentUser() actor: AuthUser): Promise<SavedCohortSessionDto> {
    return this.service.updateSession(id, dto, actor);
  }

  @Delete('cohort-sessions/:id')
  @Roles(...COHORT_EDITOR_ROLES)
  @HttpCode(204)
  @ApiNoContentResponse()
  async deleteSession(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() actor: AuthUser): Promise<void> {
    await this.service.deleteSession(id, actor);
  }
}
