import { Controller, Get, Header, Param, ParseUUIDPipe, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { COHORT_READER_ROLES } from '@campus/domain';
import { CurrentUser, Roles } from '../../common/decorators/auth.decorators';
import type { AuthUser } from '../../common/decorators/auth.decorators';
import { RosterService } from './roster.service';
import { RosterDto, RosterQueryDto } from './dto/teaching.dto';

@ApiTags('teaching')
@ApiBearerAuth()
@Controller('cohorts/:cohortId')
export class RosterController {
  constructor(private readonly service: RosterService) {}

  @Get('roster')
  @Roles(...COHORT_READER_ROLES)
  @ApiOkResponse({ type: RosterDto, description: 'Cada inscripción de la cohorte con avance, nota, asistencia y la regla de aprobación' })
  get(@Param('cohortId', ParseUUIDPipe) cohortId: string, @Query() query: RosterQueryDto, @CurrentUser() viewer: AuthUser): Promise<RosterDto> {
    return this.service.get(cohortId, viewer, query.status);
  }

  @Get('roster.csv')
  @Roles(...COHORT_READER_ROLES)
  @ApiProduces('text/csv')
  @ApiOkResponse({
    description: 'CSV (UTF-8 con BOM, `;`, decimales con coma), una fila por inscripción: Apellidos;Nombres;Correo;Municipio;Género;Estado;…;Cumple requisitos',
    schema: { type: 'string' },
  })
  @Header('Cache-Control', 'no-store')
  csv(@Param('cohortId', ParseUUIDPipe) cohortId: string, @CurrentUser() viewer: AuthUser): Promise<StreamableFile> {
    return this.service.csv(cohortId, viewer);
  }

  @Get('roster.xlsx')
  @Roles(...COHORT_READER_ROLES)
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOkResponse({ description: 'Libro Excel: hojas «Participantes» y «Asistencia» (persona × sesión)', schema: { type: 'string', format: 'binary' } })
  @Header('Cache-Control', 'no-store')
  xlsx(@Param('cohortId', ParseUUIDPipe) cohortId: string, @CurrentUser() viewer: AuthUser): Promise<StreamableFile> {
    return this.service.xlsx(cohortId, viewer);
  }
}
