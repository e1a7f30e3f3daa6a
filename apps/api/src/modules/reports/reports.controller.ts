import { Controller, Get, Header, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../../common/decorators/auth.decorators';
import type { AuthUser } from '../../common/decorators/auth.decorators';
import { DashboardReportDto } from './dto/dashboard.dto';
import { ReportOptionsDto } from './dto/options.dto';
import { filtersOf, ReportQueryDto } from './dto/report-query.dto';
import { REPORT_READER_ROLES, ReportsService } from './reports.service';

/** The management dashboard (managers, coordinators, admins; a liaison for their own municipality). */
@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Get('dashboard')
  @Roles(...REPORT_READER_ROLES)
  @ApiOperation({ summary: 'Tablero de gestión: cifras del periodo con sus desgloses, mapa de cobertura y tendencia mensual' })
  @ApiOkResponse({ type: DashboardReportDto })
  @ApiForbiddenResponse({ description: 'Sin permiso, enlace sin municipio, o un municipio ajeno al del enlace' })
  @Header('Cache-Control', 'no-store')
  dashboard(@Query() query: ReportQueryDto, @CurrentUser() viewer: AuthUser): Promise<DashboardReportDto> {
    return this.reports.dashboard(filtersOf(query), viewer, { suppress: query.suppress === true });
  }

  @Get('options')
  @Roles(...REPORT_READER_ROLES)
  @ApiOperation({ summary: 'Opciones de filtro del tablero dentro del alcance de quien consulta, y el periodo por defecto' })
  @ApiOkResponse({ type: ReportOptionsDto })
  @Header('Cache-Control', 'no-store')
  options(@CurrentUser() viewer: AuthUser): Promise<ReportOptionsDto> {
    return this.reports.options(viewer);
  }
}
