/** Shapes of the reports API (the contract in libs/domain `reports.ts`; DTOs from the generated client). */
import type { Schemas } from '@campus/api-client';
import type { ReportFilters } from '@campus/domain';

export type {
  Breakdown,
  BreakdownRow,
  CoverageHeatmap,
  DashboardReport,
  MonthlyTrendRow,
  ReportFilters,
} from '@campus/domain';

/** The filters and the publication option, as the report endpoints take them in the query. */
export type ReportQuery = ReportFilters & { suppress?: boolean };

/** The choices of the filters form, within the viewer's scope, and the default period (`GET /api/reports/options`). */
export type ReportOptions = Schemas['ReportOptionsDto'];

export type SummaryFormat = 'csv' | 'xlsx' | 'pdf';
export type DetailFormat = 'csv' | 'xlsx';

/** Answer of `POST /api/reports/exports`: a direct download for small exports, a background job for large ones. */
export type DetailExportStart = Schemas['ReportExportResponseDto'];
