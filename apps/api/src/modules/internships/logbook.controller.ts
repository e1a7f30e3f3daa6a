import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../../common/decorators/auth.decorators';
import type { AuthUser } from '../../common/decorators/auth.decorators';
import { EvaluationService } from './evaluation.service';
import { EXECUTION_INTERN_ROLES, EXECUTION_READER_ROLES, EXECUTION_TUTOR_ROLES } from './logbook.access';
import { LogbookService } from './logbook.service';
import { EvaluatePlacementDto } from './dto/evaluation.dto';
import {
  FinalReportDto, LogbookEntryDto, LogbookEntryInputDto, PlacementExecutionDto, PlacementExecutionSummaryDto, ReturnLogbookEntryDto, SaveWorkPlanDto,
} from './dto/logbook.dto';

/** During and closing an internship: work plan, logbook, final report and evaluation. */
@ApiTags('internships')
@ApiBearerAuth()
@Controller('internships')
export class LogbookController {
  constructor(
    private readonly service: LogbookService,
    private readonly evaluation: EvaluationService,
  ) {}

  @Get('execution/mine')
  @Roles(...EXECUTION_INTERN_ROLES)
  @ApiOkResponse({ type: [PlacementExecutionSummaryDto], description: 'Las pasantías del propio pasante (confirmadas en adelante)' })
  mine(@CurrentUser() viewer: AuthUser): Promise<PlacementExecutionSummaryDto[]> {
    return this.service.mine(viewer);
  }

  @Get('execution/interns')
  @Roles(...EXECUTION_TUTOR_ROLES)
  @ApiOkResponse({ type: [PlacementExecutionSummaryDto], description: 'Tutores: sus pasantes; coordinación: todas' })
  interns(@CurrentUser() viewer: AuthUser): Promise<PlacementExecutionSummaryDto[]> {
    return this.service.interns(viewer);
  }

  @Get('execution/:placementId')
  @Roles(...EXECUTION_READER_ROLES)
  @ApiOkResponse({ type: PlacementExecutionDto })
  get(@Param('placementId', ParseUUIDPipe) placementId: string, @CurrentUser() viewer: AuthUser): Promise<PlacementExecutionDto> {
    return this.service.get(placementId, viewer);
  }

  @Put('execution/:placementId/work-plan')
  @Roles(...EXECUTION_TUTOR_ROLES)
  @ApiOkResponse({ type: PlacementExecutionDto, description: 'Con `agreed`, la pasantía confirmada pasa a en curso' })
  saveWorkPlan(
    @Param('placementId', ParseUUIDPipe) placementId: string, @Body() dto: SaveWorkPlanDto, @CurrentUser() actor: AuthUser,
  ): Promise<PlacementExecutionDto> {
    return this.service.saveWorkPlan(placementId, dto, actor);
  }

  @Post('execution/:placementId/logbook')
  @Roles(...EXECUTION_INTERN_ROLES)
  @ApiCreatedResponse({ type: LogbookEntryDto })
  addEntry(
    @Param('placementId', ParseUUIDPipe) placementId: string, @Body() dto: LogbookEntryInputDto, @CurrentUser() actor: AuthUser,
  ): Promise<LogbookEntryDto> {
    return this.service.addEntry(placementId, dto, actor);
  }

  @Patch('logbook-entries/:id')
  @Roles(...EXECUTION_INTERN_ROLES)
  @ApiOkResponse({ type: LogbookEntryDto, description: 'Una entrada devuelta vuelve a presentarse' })
  updateEntry(@Param('id', ParseUUIDPipe) id: string, @Body() dto: LogbookEntryInputDto, @CurrentUser() actor: AuthUser): Promise<LogbookEntryDto> {
    return this.service.updateEntry(id, dto, actor);
  }

  @Post('logbook-entries/:id/validate')
  @Roles(...EXECUTION_TUTOR_ROLES)
  @HttpCode(200)
  @ApiOkResponse({ type: LogbookEntryDto })
  validate(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() actor: AuthUser): Promise<LogbookEntryDto> {
    return this.service.review(id, 'validated', null, actor);
  }

  @Post('logbook-entries/:id/return')
  @Roles(...EXECUTION_TUTOR_ROLES)
  @HttpCode(200)
  @ApiOkResponse({ type: LogbookEntryDto })
  returnEntry(@Param('id', ParseUUIDPipe) id: string, @Body() dto: ReturnLogbookEntryDto, @CurrentUser() actor: AuthUser): Promise<LogbookEntryDto> {
    return this.service.review(id, 'returned', dto, actor);
  }

  @Post('execution/:placementId/final-report')
  @Roles(...EXECUTION_INTERN_ROLES)
  @HttpCode(200)
  @ApiOkResponse({ type: PlacementExecutionDto })
  submitReport(
    @Param('placementId', ParseUUIDPipe) placementId: string, @Body() dto: FinalReportDto, @CurrentUser() actor: AuthUser,
  ): Promise<PlacementExecutionDto> {
    return this.service.submitReport(placementId, dto, actor);
  }

  @Post('execution/:placementId/evaluation')
  @Roles(...EXECUTION_TUTOR_ROLES)
  @HttpCode(200)
  @ApiOkResponse({ type: PlacementExecutionDto, description: 'Aprobar: certificado de pasantía y registros de competencias' })
  evaluate(
    @Param('placementId', ParseUUIDPipe) placementId: string, @Body() dto: EvaluatePlacementDto, @CurrentUser() actor: AuthUser,
  ): Promise<PlacementExecutionDto> {
    return this.evaluation.evaluate(placementId, dto, actor);
  }
}
