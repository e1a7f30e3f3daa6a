import { Body, Controller, Get, Header, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Query, StreamableFile } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentUser, Roles } from '../../common/decorators/auth.decorators';
import type { AuthUser } from '../../common/decorators/auth.decorators';
import { ReportExportRequestDto, ReportExportResponseDto } from './dto/report-export.dto';
import { ReportQueryDto } from './dto/report-query.dto';
import { ReportExportsService } from './report-exports.service';
import { REPORT_READER_ROLES } from './reports.service';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const SCOPE = 'Un enlace municipal exporta solo su municipio (otro municipio: 403). Queda registrado en la auditoría.';

/**
 * The report exports: the dashboard as CSV, XLSX and PDF; the enrolment detail as CSV (streamed)
 * and XLSX; large detail exports as background jobs and their files.
 */
@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports')
export class ReportExportsController {
  constructor(private readonly exports: ReportExportsService) {}

  @Get('dashboard.csv')
  @Roles(...REPORT_READER_ROLES)
  @ApiOperation({ summary: 'Tablero como CSV (UTF-8 con BOM, `;`): Resumen, cada desglose, Cobertura municipio × área, Tendencia mensual', description: SCOPE })
  @ApiProduces('text/csv')
  @ApiOkResponse({ schema: { type: 'string' } })
  @ApiForbiddenResponse({ description: 'Sin permiso o municipio ajeno' })
  @Header('Cache-Control', 'no-store')
  dashboardCsv(@Query() query: ReportQueryDto, @CurrentUser() viewer: AuthUser): Promise<StreamableFile> {
    return this.exports.dashboardFile(query, viewer, 'csv');
  }

  @Get('dashboard.xlsx')
  @Roles(...REPORT_READER_ROLES)
  @ApiOperation({ summary: 'Tablero como libro Excel: «Resumen», una hoja por desglose, «Cobertura» y «Tendencia mensual»', description: SCOPE })
  @ApiProduces(XLSX)
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  @Header('Cache-Control', 'no-store')
  dashboardXlsx(@Query() query: ReportQueryDto, @CurrentUser() viewer: AuthUser): Promise<StreamableFile> {
    return this.exports.dashboardFile(query, viewer, 'xlsx');
  }

  @Get('dashboard.pdf')
  @Roles(...REPORT_READER_ROLES)
  @ApiOperation({ summary: 'Tablero como PDF: cifras principales, gráficos y tablas de los desgloses, tendencia mensual y notas', description: SCOPE })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  @Header('Cache-Control', 'no-store')
  dashboardPdf(@Query() query: ReportQueryDto, @CurrentUser() viewer: AuthUser): Promise<StreamableFile> {
    return this.exports.dashboardFile(query, viewer, 'pdf');
  }

  @Get('enrolments.csv')
  @Roles(...REPORT_READER_ROLES)
  @ApiOperation({ summary: 'Detalle de inscripciones contadas por el tablero, una fila por inscripción (CSV transmitido desde la base de datos)', description: SCOPE })
  @ApiProduces('text/csv')
  @ApiOkResponse({ schema: { type: 'string' } })
  @Header('Cache-Control', 'no-store')
  enrolmentsCsv(@Query() query: ReportQueryDto, @CurrentUser() viewer: AuthUser): Promise<StreamableFile> {
    return this.exports.enrolmentsCsv(query, viewer);
  }

  @Get('enrolments.xlsx')
  @Roles(...REPORT_READER_ROLES)
  @ApiOperation({ summary: 'Detalle de inscripciones como libro Excel (hasta 5000 filas; más: exportación en segundo plano)', description: SCOPE })
  @ApiProduces(XLSX)
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  @ApiConflictResponse({ description: 'Más de 5000 filas: use POST /api/reports/exports' })
  @Header('Cache-Control', 'no-store')
  enrolmentsXlsx(@Query() query: ReportQueryDto, @CurrentUser() viewer: AuthUser): Promise<StreamableFile> {
    return this.exports.enrolmentsXlsx(query, viewer);
  }

  @Post('exports')
  @Roles(...REPORT_READER_ROLES)
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Pide una exportación del detalle: hasta 5000 filas devuelve la dirección de descarga; más, crea una tarea en segundo plano',
    description: SCOPE,
  })
  @ApiOkResponse({ type: ReportExportResponseDto })
  requestExport(@Body() body: ReportExportRequestDto, @CurrentUser() viewer: AuthUser): Promise<ReportExportResponseDto> {
    return this.exports.requestExport(body, viewer);
  }

  @Get('exports/:jobId/file')
  @Roles(...REPORT_READER_ROLES)
  @ApiOperation({ summary: 'Archivo de una exportación en segundo plano terminada (solo para quien la pidió)' })
  @ApiProduces('text/csv', XLSX)
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  @ApiNotFoundResponse({ description: 'No existe o la pidió otra persona' })
  @ApiConflictResponse({ description: 'Aún se está generando, o falló' })
  @Header('Cache-Control', 'no-store')
  exportFile(@Param('jobId', ParseUUIDPipe) jobId: string, @CurrentUser() viewer: AuthUser): Promise<StreamableFile> {
    return this.exports.exportFile(jobId, viewer);
  }
}
