import { Controller, Get, Header, Param, ParseUUIDPipe, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../../common/decorators/auth.decorators';
import type { AuthUser } from '../../common/decorators/auth.decorators';
import { InternshipReportDto } from './dto/internship-reports.dto';
import { InternshipReportsService } from './internship-reports.service';
import { INTERNSHIP_REPORT_ROLES } from './placements.access';

/** Reports of an internship call, for coordinators and admins (managers read-only). */
@ApiTags('internships')
@ApiBearerAuth()
@Controller()
export class InternshipReportsController {
  constructor(private readonly service: InternshipReportsService) {}

  @Get('internship-calls/:id/report')
  @Roles(...INTERNSHIP_REPORT_ROLES)
  @ApiOkResponse({ type: InternshipReportDto })
  @Header('Cache-Control', 'no-store')
  report(@Param('id', ParseUUIDPipe) id: string): Promise<InternshipReportDto> {
    return this.service.report(id);
  }

  @Get('internship-calls/:id/report.csv')
  @Roles(...INTERNSHIP_REPORT_ROLES)
  @ApiProduces('text/csv')
  @ApiOkResponse({
    description: 'CSV (UTF-8 con BOM, `;`): Desglose;Grupo;Postulaciones;Asignaciones;Pasantías aprobadas;Propuestas de mejora;Propuestas implementadas. La descarga queda registrada.',
    schema: { type: 'string' },
  })
  @Header('Cache-Control', 'no-store')
  csv(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() actor: AuthUser): Promise<StreamableFile> {
    return this.service.csv(id, actor);
  }

  @Get('internship-calls/:id/report.xlsx')
  @Roles(...INTERNSHIP_REPORT_ROLES)
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOkResponse({ description: 'Libro Excel: «Resumen», una hoja por desglose y «Propuestas». La descarga queda registrada.', schema: { type: 'string', format: 'binary' } })
  @Header('Cache-Control', 'no-store')
  xlsx(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() actor: AuthUser): Promise<StreamableFile> {
    return this.service.xlsx(id, actor);
  }
}
