import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../../common/decorators/auth.decorators';
import type { AuthUser } from '../../common/decorators/auth.decorators';
import { CreateFollowUpDto, FollowUpBoardQueryDto, FollowUpDetailDto, FollowUpPlacementDto } from './dto/follow-ups.dto';
import { FollowUpsService } from './follow-ups.service';
import { FOLLOW_UP_WRITER_ROLES, INTERNSHIP_REPORT_ROLES } from './placements.access';

/** Follow-up of the improvement proposals: recorded by the intern or their liaison, read on a board by coordinators. */
@ApiTags('internships')
@ApiBearerAuth()
@Controller()
export class FollowUpsController {
  constructor(private readonly service: FollowUpsService) {}

  @Get('internship-follow-ups')
  @Roles(...FOLLOW_UP_WRITER_ROLES)
  @ApiOkResponse({ type: [FollowUpPlacementDto], description: 'Pasantías con propuesta de mejora que la persona puede seguir: la suya o las de su municipio (enlace municipal)' })
  mine(@CurrentUser() viewer: AuthUser): Promise<FollowUpPlacementDto[]> {
    return this.service.mine(viewer);
  }

  @Get('internship-calls/:callId/follow-ups')
  @Roles(...INTERNSHIP_REPORT_ROLES)
  @ApiOkResponse({ type: [FollowUpPlacementDto], description: 'Tablero de seguimiento de la convocatoria: cada pasantía con su último seguimiento' })
  board(@Param('callId', ParseUUIDPipe) callId: string, @Query() query: FollowUpBoardQueryDto): Promise<FollowUpPlacementDto[]> {
    return this.service.board(callId, query);
  }

  @Get('placements/:id/follow-ups')
  @Roles(...FOLLOW_UP_WRITER_ROLES, ...INTERNSHIP_REPORT_ROLES)
  @ApiOkResponse({ type: FollowUpDetailDto })
  detail(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() viewer: AuthUser): Promise<FollowUpDetailDto> {
    return this.service.detail(id, viewer);
  }

  @Post('placements/:id/follow-ups')
  @Roles(...FOLLOW_UP_WRITER_ROLES)
  @ApiCreatedResponse({ type: FollowUpDetailDto, description: 'Registra el estado de la propuesta de mejora (el más reciente vale); 404 fuera de su alcance' })
  record(@Param('id', ParseUUIDPipe) id: string, @Body() dto: CreateFollowUpDto, @CurrentUser() actor: AuthUser): Promise<FollowUpDetailDto> {
    return this.service.record(id, dto, actor);
  }
}
