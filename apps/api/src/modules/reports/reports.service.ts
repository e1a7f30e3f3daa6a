import { ForbiddenException, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DEPARTMENTS, DEPARTMENT_NAMES, hasAnyRole, laPazToday, reportPeriodProblems } from '@campus/domain';
import type { DashboardReport, Department, ReportFilters, Role } from '@campus/domain';
import type { AuthUser } from '../../common/decorators/auth.decorators';
import { assembleDashboard, compareSdgTargets, dashboardQueries, runDashboardQueries } from './dashboard-sql';
import type { ReportOptionsDto } from './dto/options.dto';
import type { ReportScope } from './report-sql';
import { ReportsException, ReportsExceptionCode } from './reports.exception';

/** Who sees every municipality's figures; a municipal liaison sees only their own. */
export const REPORT_EVERYONE_ROLES = ['admin', 'coordinator', 'manager'] as const satisfies readonly Role[];
/** Who may read the reports at all. */
export const REPORT_READER_ROLES = [...REPORT_EVERYONE_ROLES, 'municipal_liaison'] as const satisfies readonly Role[];

export type ViewerScope = ReportScope & { municipalityName: string | null };

/** The scope as the report states it. */
export const scopeOfReport = (scope: ViewerScope): DashboardReport['scope'] =>
  scope.municipalityId ? { kind: 'municipality', municipalityId: scope.municipalityId, municipalityName: scope.municipalityName ?? '' } : { kind: 'everyone' };

/** The management dashboard's figures (libs/domain `reports.ts` says what each counts). */
@Injectable()
export class ReportsService {
  constructor(private readonly dataSource: DataSource) {}

  /** Everyone for managers, coordinators and admins; a liaison's own municipality (refused without one). */
  async scopeFor(viewer: AuthUser): Promise<ViewerScope> {
    if (hasAnyRole(viewer.roles, REPORT_EVERYONE_ROLES)) return { municipalityId: null, municipalityName: null };
    if (!viewer.roles.includes('municipal_liaison')) throw new ForbiddenException('No tiene permiso para esta acción');
    const [row]: { name: string }[] = viewer.municipalityId
      ? await this.dataSource.query(`SELECT name FROM municipalities WHERE id = $1`, [viewer.municipalityId])
      : [];
    if (!viewer.municipalityId || !row) {
      throw new ReportsException(
        ReportsExceptionCode.NoMunicipality,
        'Su cuenta de enlace municipal no tiene un municipio asignado: pida a la administración que lo registre',
      );
    }
    return { municipalityId: viewer.municipalityId, municipalityName: row.name };
  }

  /**
   * The viewer's scope for a report with these filters, after checking the period (400 naming the
   * field) and that a liaison asks only for their own municipality (403). Every report calls it.
   */
  async checkedScope(filters: ReportFilters, viewer: AuthUser): Promise<ViewerScope> {
    const problems = reportPeriodProblems(filters.from, filters.to);
    if (Object.keys(problems).length > 0) {
      throw new ReportsException(
        ReportsExceptionCode.InvalidFilter,
        'Revise el periodo del informe',
        Object.entries(problems).map(([field, message]) => ({ field, message })),
      );
    }
    const scope = await this.scopeFor(viewer);
    if (scope.municipalityId && filters.municipalityId && filters.municipalityId !== scope.municipalityId) {
      throw new ForbiddenException({
        message: 'Solo puede ver los informes de su propio municipio',
        errors: [{ field: 'municipalityId', message: 'Solo puede elegir su propio municipio' }],
      });
    }
    return scope;
  }

  /** The whole dashboard for a period and filters, within the viewer's scope. */
  async dashboard(filters: ReportFilters, viewer: AuthUser, options: { suppress: boolean }): Promise<DashboardReport> {
    const scope = await this.checkedScope(filters, viewer);
    const rows = await runDashboardQueries(dashboardQueries(filters, scope), (text, values) => this.dataSource.query(text, values));
    return assembleDashboard(rows, { filters, scope: scopeOfReport(scope), suppress: options.suppress });
  }

  /** The filter choices of the dashboard, within the viewer's scope, and the default period (this year so far). */
  async options(viewer: AuthUser): Promise<ReportOptionsDto> {
    const scope = await this.scopeFor(viewer);
    const [municipalities, areas, courses, targets] = await Promise.all([
      this.dataSource.query(
        `SELECT id, name, department FROM municipalities ${scope.municipalityId ? 'WHERE id = $1' : ''} ORDER BY name, id`,
        scope.municipalityId ? [scope.municipalityId] : [],
      ) as Promise<{ id: string; name: string; department: Department | null }[]>,
      this.dataSource.query(`SELECT id, code, name FROM competency_items WHERE kind = 'area' ORDER BY position, code`) as Promise<
        { id: string; code: string; name: string }[]
      >,
      this.dataSource.query(
        `SELECT id, code, title, area_id AS "areaId" FROM courses WHERE status <> 'draft' ORDER BY code, id`,
      ) as Promise<{ id: string; code: string; title: string; areaId: string }[]>,
      this.dataSource.query(`SELECT DISTINCT unnest(sdg_targets) AS target FROM courses WHERE status <> 'draft'`) as Promise<{ target: string }[]>,
    ]);
    const departments = scope.municipalityId
      ? municipalities.flatMap((m) => (m.department ? [m.department] : []))
      : [...DEPARTMENTS];
    const today = laPazToday();
    return {
      scope: scopeOfReport(scope),
      departments: departments.map((code) => ({ code, name: DEPARTMENT_NAMES[code] })),
      municipalities,
      areas,
      courses,
      sdgTargets: targets.map((t) => t.target).sort(compareSdgTargets),
      defaultPeriod: { from: `${today.slice(0, 4)}-01-01`, to: today },
    };
  }
}
