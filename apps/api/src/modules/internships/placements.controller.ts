import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../../common/decorators/auth.decorators';
import type { AuthUser } from '../../common/decorators/auth.decorators';
import { ConfirmPlacementsDto, ConfirmResultDto, ProposalDto, SelectionApplicationDto, SelectionDto, SetPriorityDto } from './dto/placements.dto';
import { PLACEMENT_EDITOR_ROLES } from './placements.access';
import { PlacementsService } from './placements.service';

/** Selection and placement of a call's applicants, by coordinators and admins. */
@ApiTags('internships')
@ApiBearerAuth()
@Controller()
export class PlacementsController {
  constructor(private readonly service: PlacementsService) {}

  @Get('internship-calls/:callId/selection')
  @Roles(...PLACEMENT_EDITOR_ROLES)
  @ApiOkResponse({ type: SelectionDto, description: 'Unidades receptoras con sus plazas libres y todas las postulaciones con sus preferencias, aval, prioridad y asignación' })
  selection(@Param('callId', ParseUUIDPipe) callId: string): Promise<SelectionDto> {
    return this.service.selection(callId);
  }

  @Put('internship-applications/:id/priority')
  @Roles(...PLACEMENT_EDITOR_ROLES)
  @ApiOkResponse({ type: SelectionApplicationDto })
  setPriority(@Param('id', ParseUUIDPipe) id: string, @Body() dto: SetPriorityDto, @CurrentUser() actor: AuthUser): Promise<SelectionApplicationDto> {
    return this.service.setPriority(id, dto.priority, actor);
  }

  @Post('internship-calls/:callId/proposal')
  @Roles(...PLACEMENT_EDITOR_ROLES)
  @HttpCode(200)
  @ApiOkResponse({ type: ProposalDto, description: 'Propuesta de asignación (no guarda nada): por prioridad y llegada, cada persona obtiene su unidad preferida con plaza' })
  propose(@Param('callId', ParseUUIDPipe) callId: string): Promise<ProposalDto> {
    return this.service.propose(callId);
  }

  @Post('internship-calls/:callId/placements')
  @Roles(...PLACEMENT_EDITOR_ROLES)
  @ApiCreatedResponse({ type: ConfirmResultDto, description: 'Confirma la asignación: crea las pasantías, marca las demás postulaciones como no asignadas y avisa a cada persona. 409 si una unidad se pasaría de sus plazas.' })
  confirm(@Param('callId', ParseUUIDPipe) callId: string, @Body() dto: ConfirmPlacementsDto, @CurrentUser() actor: AuthUser): Promise<ConfirmResultDto> {
    return this.service.confirm(callId, dto, actor);
  }
}
