import { Body, Controller, Get, Param, ParseUUIDPipe, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { COHORT_READER_ROLES } from '@campus/domain';
import { CurrentUser, Roles } from '../../common/decorators/auth.decorators';
import type { AuthUser } from '../../common/decorators/auth.decorators';
import { TeachingService } from './teaching.service';
import { GradeResultDto, SaveGradeDto, TeachingCohortDto, TeachingCohortsQueryDto } from './dto/teaching.dto';

@ApiTags('teaching')
@ApiBearerAuth()
@Controller()
export class TeachingController {
  constructor(private readonly service: TeachingService) {}

  @Get('teaching/cohorts')
  @Roles(...COHORT_READER_ROLES)
  @ApiOkResponse({ type: [TeachingCohortDto], description: 'Facilitadores: las cohortes que facilitan; coordinación y administración: las actuales y recientes (o solo las suyas con `onlyMine`)' })
  cohorts(@Query() query: TeachingCohortsQueryDto, @CurrentUser() viewer: AuthUser): Promise<TeachingCohortDto[]> {
    return this.service.cohorts(viewer, query);
  }

  @Put('enrolments/:enrolmentId/grade')
  @Roles(...COHORT_READER_ROLES)
  @ApiOkResponse({ type: GradeResultDto, description: 'La nota del facilitador pasa a ser la nota final; se aplica la regla de aprobación' })
  grade(@Param('enrolmentId', ParseUUIDPipe) enrolmentId: string, @Body() dto: SaveGradeDto, @CurrentUser() actor: AuthUser): Promise<GradeResultDto> {
    return this.service.saveGrade(enrolmentId, dto, actor);
  }
}
