import { Body, Controller, Get, Param, ParseUUIDPipe, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { COHORT_READER_ROLES } from '@campus/domain';
import { CurrentUser, Roles } from '../../common/decorators/auth.decorators';
import type { AuthUser } from '../../common/decorators/auth.decorators';
import { AttendanceService } from './attendance.service';
import { AttendanceSheetDto, SaveAttendanceDto } from './dto/teaching.dto';

@ApiTags('teaching')
@ApiBearerAuth()
@Controller('cohorts/:cohortId/sessions/:sessionId/attendance')
export class AttendanceController {
  constructor(private readonly service: AttendanceService) {}

  @Get()
  @Roles(...COHORT_READER_ROLES)
  @ApiOkResponse({ type: AttendanceSheetDto, description: 'Cada persona que ocupa plaza en la cohorte, con su marca de la sesión' })
  get(
    @Param('cohortId', ParseUUIDPipe) cohortId: string,
    @Param('sessionId', ParseUUIDPipe) sessionId: string,
    @CurrentUser() viewer: AuthUser,
  ): Promise<AttendanceSheetDto> {
    return this.service.get(cohortId, sessionId, viewer);
  }

  @Put()
  @Roles(...COHORT_READER_ROLES)
  @ApiOkResponse({
    type: AttendanceSheetDto,
    description:
      'Todo el listado recibe `default` salvo las personas de `marks`; solo se escribe lo que cambia. Una sesión que empieza en más de un día admite solo ausencias justificadas (sin `default`). Se aplica la regla de aprobación a quienes cambian.',
  })
  save(
    @Param('cohortId', ParseUUIDPipe) cohortId: string,
    @Param('sessionId', ParseUUIDPipe) sessionId: string,
    @Body() dto: SaveAttendanceDto,
    @CurrentUser() actor: AuthUser,
  ): Promise<AttendanceSheetDto> {
    return this.service.save(cohortId, sessionId, dto, actor);
  }
}
