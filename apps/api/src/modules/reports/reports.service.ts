import { Injectable } from '@nestjs/common';
import type { DashboardReport, ReportFilters } from '@campus/domain';
import type { AuthUser } from '../../common/decorators/auth.decorators';
import type { ReportScope } from './report-sql';

/** The management dashboard's figures (libs/domain `reports.ts` says what each counts). */
@Injectable()
export class ReportsService {
  /** Everyone for managers, coordinators and admins; a liaison's own municipality (refused without one). */
  async scopeFor(_viewer: AuthUser): Promise<ReportScope & { municipalityName: string | null }> {
    throw new Error('pendiente: ReportsService.scopeFor');
  }

  /** The whole dashboard for a period and filters, within the viewer's scope. */
  async dashboard(_filters: ReportFilters, _viewer: AuthUser, _options: { suppress: boolean }): Promise<DashboardReport> {
    throw new Error('pendiente: ReportsService.dashboard');
  }
}
