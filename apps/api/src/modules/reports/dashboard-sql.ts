import {
  DEPARTMENT_NAMES,
  GENDERS,
  MODALITIES,
  completionRate,
  internshipsApply,
  monthsOf,
  suppressSmallCells,
} from '@campus/domain';
import type {
  Breakdown,
  BreakdownRow,
  CoverageHeatmap,
  DashboardReport,
  Department,
  Gender,
  Modality,
  MonthlyTrendRow,
  ReportDimension,
  ReportFigures,
  ReportFilters,
} from '@campus/domain';
import { GENDER_LABELS, MODALITY_LABELS } from '../../common/spanish-labels';
import { ENROLMENTS_FROM, SqlParams, courseConditions, enrolmentConditions, periodInstants, personConditions, where } from './report-sql';
import type { ReportScope } from './report-sql';

/**
 * The management dashboard in SQL (libs/domain `reports.ts` says what each figure counts). Pure
 * functions, free of Nest and TypeORM: the service runs these statements concurrently on the pool,
 * and the benchmark runs the very same ones with bare `pg` as its baseline.
 *
 * - `enrolments`: course figures over the counted enrolments, with GROUPING SETS for the headline,
 *   every single-dimension breakdown, the municipality × area heatmap and the cohort start month.
 * - `sdg`: course figures per SDG target (unnested: a course serves several, so it does not add up).
 * - `certificates`: certificates issued in the period (not superseded; revoked counted apart), by
 *   the holder, the certificate's course and cohort, and the issue month (La Paz).
 * - `certificatesSdg`: certificates per SDG target of their course.
 * - `internships`: placements approved with their evaluation in the period, and final reports with
 *   an improvement proposal submitted in the period (implemented = latest follow-up), by the
 *   applicant, and completions by evaluation month. Not run when a course filter is set.
 */

export const DASHBOARD_STATEMENTS = ['enrolments', 'sdg', 'certificates', 'certificatesSdg', 'internships'] as const;
export type DashboardStatementName = (typeof DASHBOARD_STATEMENTS)[number];

export interface DashboardStatement {
  name: DashboardStatementName;
  text: string;
  values: unknown[];
}

/** The rows each statement returned, as `pg` gives them (numbers may come as text). */
export type DashboardRows = Partial<Record<DashboardStatementName, Record<string, unknown>[]>>;

/** Spanish labels of the breakdowns (the API's output is read by people, in es-BO). */
export const NO_MUNICIPALITY_LABEL = 'Sin municipio';
export const NO_DEPARTMENT_LABEL = 'Sin departamento';
export const sdgLabel = (target: string): string => `Meta ODS ${target}`;

/** Which grouping set a row belongs to, from GROUPING() of the set's columns (checked most specific first). */
const GROUPING_SET_NAME = (columns: { gender?: boolean; department?: boolean; municipality?: boolean; area?: boolean; modality?: boolean; month?: boolean }): string => {
  const branches: string[] = [];
  if (columns.municipality && columns.area) branches.push(`WHEN GROUPING(r.municipality_id) = 0 AND GROUPING(r.area_id) = 0 THEN 'heatmap'`);
  if (columns.gender) branches.push(`WHEN GROUPING(r.gender) = 0 THEN 'gender'`);
  if (columns.department) branches.push(`WHEN GROUPING(r.department) = 0 THEN 'department'`);
  if (columns.municipality) branches.push(`WHEN GROUPING(r.municipality_id) = 0 THEN 'municipality'`);
  if (columns.area) branches.push(`WHEN GROUPING(r.area_id) = 0 THEN 'area'`);
  if (columns.modality) branches.push(`WHEN GROUPING(r.modality) = 0 THEN 'modality'`);
  if (columns.month) branches.push(`WHEN GROUPING(r.month) = 0 THEN 'month'`);
  return `CASE ${branches.join(' ')} ELSE 'total' END`;
};

/** Names of the municipality and area of each grouped row (one join per row of the result, not per fact). */
const WITH_NAMES = (hasArea: boolean) => `SELECT g.*, mm.name AS municipality_name, mm.department AS municipality_department${
  hasArea ? ', a.code AS area_code, a.name AS area_name, a.position AS area_position' : ''
}
  FROM g LEFT JOIN municipalities mm ON mm.id = g.municipality_id${hasArea ? ' LEFT JOIN competency_items a ON a.id = g.area_id' : ''}`;

const enrolmentsStatement = (filters: ReportFilters, scope: ReportScope): DashboardStatement => {
  const p = new SqlParams();
  const text = `WITH g AS (
  SELECT ${GROUPING_SET_NAME({ gender: true, department: true, municipality: true, area: true, modality: true, month: true })} AS grouping_set,
         r.gender, r.department, r.municipality_id, r.area_id, r.modality, r.month,
         count(*)::int AS enrolments,
         count(*) FILTER (WHERE r.passed)::int AS completions,
         coalesce(sum(r.hours) FILTER (WHERE r.passed), 0)::bigint AS training_hours,
         count(DISTINCT r.user_id) FILTER (WHERE r.passed)::int AS officials_trained
    FROM (SELECT e.user_id, e.status = 'passed' AS passed, co.workload_hours AS hours, u.gender, m.department, u.municipality_id,
                 co.area_id, c.modality, to_char(c.starts_on, 'YYYY-MM') AS month
            FROM ${ENROLMENTS_FROM}
           ${where(enrolmentConditions(filters, scope, p))}) r
   GROUP BY GROUPING SETS ((), (r.gender), (r.department), (r.municipality_id), (r.area_id), (r.modality), (r.municipality_id, r.area_id), (r.month))
)
${WITH_NAMES(true)}`;
  return { name: 'enrolments', text, values: p.values };
};

const sdgStatement = (filters: ReportFilters, scope: ReportScope): DashboardStatement => {
  const p = new SqlParams();
  const text = `SELECT t.target AS sdg,
       count(*)::int AS enrolments,
       count(*) FILTER (WHERE e.status = 'passed')::int AS completions,
       coalesce(sum(co.workload_hours) FILTER (WHERE e.status = 'passed'), 0)::bigint AS training_hours,
       count(DISTINCT e.user_id) FILTER (WHERE e.status = 'passed')::int AS officials_trained
  FROM ${ENROLMENTS_FROM}
  CROSS JOIN LATERAL unnest(co.sdg_targets) AS t(target)
 ${where(enrolmentConditions(filters, scope, p))}
 GROUP BY t.target`;
  return { name: 'sdg', text, values: p.values };
};

/** Certificates of the period (not superseded), with the holder and, for course certificates, their cohort and course. */
const CERTIFICATES_FROM = `certificates ct
  JOIN users u ON u.id = ct.holder_id
  LEFT JOIN municipalities m ON m.id = u.municipality_id
  LEFT JOIN cohorts c ON c.id = ct.cohort_id
  LEFT JOIN courses co ON co.id = ct.course_id`;

const certificateConditions = (filters: ReportFilters, scope: ReportScope, p: SqlParams): string[] => {
  const { start, end } = periodInstants(filters, p);
  return [
    `ct.issued_at >= ${start}`,
    `ct.issued_at < ${end}`,
    `ct.status <> 'superseded'`,
    ...personConditions(filters, scope, p),
    // Internship certificates have no course: with a course filter, only course certificates count.
    ...courseConditions(filters, p),
  ];
};

const certificatesStatement = (filters: ReportFilters, scope: ReportScope): DashboardStatement => {
  const p = new SqlParams();
  const text = `WITH g AS (
  SELECT ${GROUPING_SET_NAME({ gender: true, department: true, municipality: true, area: true, modality: true, month: true })} AS grouping_set,
         r.gender, r.department, r.municipality_id, r.area_id, r.modality, r.month,
         count(*)::int AS certificates_issued,
         count(*) FILTER (WHERE r.revoked)::int AS certificates_revoked
    FROM (SELECT ct.status = 'revoked' AS revoked, u.gender, m.department, u.municipality_id, co.area_id, c.modality,
                 to_char(ct.issued_at AT TIME ZONE 'America/La_Paz', 'YYYY-MM') AS month
            FROM ${CERTIFICATES_FROM}
           ${where(certificateConditions(filters, scope, p))}) r
   GROUP BY GROUPING SETS ((), (r.gender), (r.department), (r.municipality_id), (r.area_id), (r.modality), (r.month))
)
${WITH_NAMES(true)}`;
  return { name: 'certificates', text, values: p.values };
};

const certificatesSdgStatement = (filters: ReportFilters, scope: ReportScope): DashboardStatement => {
  const p = new SqlParams();
  const text = `SELECT t.target AS sdg,
       count(*)::int AS certificates_issued,
       count(*) FILTER (WHERE ct.status = 'revoked')::int AS certificates_revoked
  FROM ${CERTIFICATES_FROM}
  CROSS JOIN LATERAL unnest(co.sdg_targets) AS t(target)
 ${where(certificateConditions(filters, scope, p))}
 GROUP BY t.target`;
  return { name: 'certificatesSdg', text, values: p.values };
};

const internshipsStatement = (filters: ReportFilters, scope: ReportScope): DashboardStatement => {
  const p = new SqlParams();
  const { start, end } = periodInstants(filters, p);
  const completed = `(p.status = 'approved' AND p.evaluated_at >= ${start} AND p.evaluated_at < ${end})`;
  const submitted = `(p.report_submitted_at >= ${start} AND p.report_submitted_at < ${end})`;
  const text = `WITH g AS (
  SELECT ${GROUPING_SET_NAME({ gender: true, department: true, municipality: true, month: true })} AS grouping_set,
         r.gender, r.department, r.municipality_id, r.month,
         count(*) FILTER (WHERE r.completed)::int AS internships_completed,
         count(*) FILTER (WHERE r.produced)::int AS proposals_produced,
         count(*) FILTER (WHERE r.produced AND r.implemented)::int AS proposals_implemented
    FROM (SELECT ${completed} AS completed,
                 (${submitted} AND btrim(coalesce(p.improvement_proposal, '')) <> '') AS produced,
                 coalesce(lf.status = 'implemented', false) AS implemented,
                 u.gender, m.department, u.municipality_id,
                 CASE WHEN ${completed} THEN to_char(p.evaluated_at AT TIME ZONE 'America/La_Paz', 'YYYY-MM') END AS month
            FROM placements p
            JOIN internship_applications a ON a.id = p.application_id
            JOIN users u ON u.id = a.applicant_id
            LEFT JOIN municipalities m ON m.id = u.municipality_id
            LEFT JOIN LATERAL (SELECT f.status FROM proposal_follow_ups f WHERE f.placement_id = p.id
                                ORDER BY f.recorded_at DESC, f.id DESC LIMIT 1) lf ON true
           ${where([`(${completed} OR ${submitted})`, ...personConditions(filters, scope, p)])}) r
   GROUP BY GROUPING SETS ((), (r.gender), (r.department), (r.municipality_id), (r.month))
)
${WITH_NAMES(false)}`;
  return { name: 'internships', text, values: p.values };
};

/**
 * The statements the dashboard runs for a period, filters and scope (each independent of the
 * others, so they can run at the same time on separate connections). Internship figures do not
 * apply with a course filter, so their statement is left out then.
 */
export const dashboardQueries = (filters: ReportFilters, scope: ReportScope): DashboardStatement[] => [
  enrolmentsStatement(filters, scope),
  sdgStatement(filters, scope),
  certificatesStatement(filters, scope),
  certificatesSdgStatement(filters, scope),
  ...(internshipsApply(filters) ? [internshipsStatement(filters, scope)] : []),
];

/** Runs every statement at once (`run` takes its own pool connection each time) and collects the rows by name. */
export const runDashboardQueries = async (
  statements: DashboardStatement[],
  run: (text: string, values: unknown[]) => Promise<Record<string, unknown>[]>,
): Promise<DashboardRows> => {
  const results = await Promise.all(statements.map((statement) => run(statement.text, statement.values)));
  const rows: DashboardRows = {};
  statements.forEach((statement, index) => (rows[statement.name] = results[index]));
  return rows;
};

// ---------------------------------------------------------------------------------------------
// Assembling the rows into the DashboardReport.

const num = (value: unknown): number => (value === null || value === undefined ? 0 : Number(value));
const str = (value: unknown): string | null => (value === null || value === undefined ? null : String(value));

type Figures = { -readonly [F in keyof ReportFigures]: number | null };

const emptyFigures = (internships: boolean): Figures => ({
  officialsTrained: 0,
  enrolments: 0,
  completions: 0,
  completionRate: 0,
  trainingHours: 0,
  certificatesIssued: 0,
  certificatesRevoked: 0,
  internshipsCompleted: internships ? 0 : null,
  proposalsProduced: internships ? 0 : null,
  proposalsImplemented: internships ? 0 : null,
});

const addCourseFigures = (figures: Figures, row: Record<string, unknown>): void => {
  figures.enrolments = num(row['enrolments']);
  figures.completions = num(row['completions']);
  figures.trainingHours = num(row['training_hours']);
  figures.officialsTrained = num(row['officials_trained']);
  figures.completionRate = completionRate(figures.completions ?? 0, figures.enrolments ?? 0);
};
const addCertificateFigures = (figures: Figures, row: Record<string, unknown>): void => {
  figures.certificatesIssued = num(row['certificates_issued']);
  figures.certificatesRevoked = num(row['certificates_revoked']);
};
const addInternshipFigures = (figures: Figures, row: Record<string, unknown>): void => {
  figures.internshipsCompleted = num(row['internships_completed']);
  figures.proposalsProduced = num(row['proposals_produced']);
  figures.proposalsImplemented = num(row['proposals_implemented']);
};

/** Rows of one breakdown, keyed by their stable code (`null` = not recorded). */
class RowSet {
  private readonly rows = new Map<string | null, BreakdownRow>();
  constructor(private readonly internships: boolean) {}

  get(key: string | null, label: () => string): BreakdownRow {
    let row = this.rows.get(key);
    if (!row) this.rows.set(key, (row = { key, label: label(), ...emptyFigures(this.internships) }));
    return row;
  }

  values(): BreakdownRow[] {
    return [...this.rows.values()];
  }
}

/** Larger first (enrolments, then certificates, then internships), ties by label; "not recorded" last. */
const byFigure = (a: BreakdownRow, b: BreakdownRow): number =>
  (a.key === null ? 1 : 0) - (b.key === null ? 1 : 0) ||
  num(b.enrolments) - num(a.enrolments) ||
  num(b.certificatesIssued) - num(a.certificatesIssued) ||
  num(b.internshipsCompleted) - num(a.internshipsCompleted) ||
  a.label.localeCompare(b.label, 'es');

/** SDG targets in their natural order (5.5 before 11.3 before 16.10), used for ties. */
export const compareSdgTargets = (a: string, b: string): number => {
  const [goalA, targetA = ''] = a.split('.');
  const [goalB, targetB = ''] = b.split('.');
  const numeric = (t: string) => (/^\d+$/.test(t) ? Number(t) : 1000 + t.charCodeAt(0));
  return Number(goalA) - Number(goalB) || numeric(targetA) - numeric(targetB);
};

const departmentLabel = (code: string | null): string => (code ? (DEPARTMENT_NAMES[code as Department] ?? code) : NO_DEPARTMENT_LABEL);

export interface DashboardContext {
  filters: ReportFilters;
  scope: DashboardReport['scope'];
  suppress: boolean;
  generatedAt?: Date;
}

/**
 * Turns the statements' rows into the dashboard: the headline, each breakdown (Spanish labels;
 * gender and modality in their natural order with every value, the others by figure), the
 * municipality × area heatmap (non-empty cells only) and a trend row for every month of the period.
 * With `suppress`, the gender breakdown hides cells of 1–4 people.
 */
export const assembleDashboard = (rows: DashboardRows, context: DashboardContext): DashboardReport => {
  const { filters } = context;
  const internships = internshipsApply(filters);
  const sets = (name: DashboardStatementName, set: string) => (rows[name] ?? []).filter((row) => row['grouping_set'] === set);

  const headline = emptyFigures(internships);
  for (const row of sets('enrolments', 'total')) addCourseFigures(headline, row);
  for (const row of sets('certificates', 'total')) addCertificateFigures(headline, row);
  if (internships) for (const row of sets('internships', 'total')) addInternshipFigures(headline, row);

  const municipalityLabel = (row: Record<string, unknown>) => () => str(row['municipality_name']) ?? NO_MUNICIPALITY_LABEL;

  // Person dimensions: every figure.
  const gender = new RowSet(internships);
  for (const value of GENDERS) gender.get(value, () => GENDER_LABELS[value]);
  const department = new RowSet(internships);
  const municipality = new RowSet(internships);
  const personRows = (name: DashboardStatementName, add: (figures: Figures, row: Record<string, unknown>) => void) => {
    for (const row of sets(name, 'gender')) add(gender.get(str(row['gender']), () => GENDER_LABELS[row['gender'] as Gender] ?? String(row['gender'])), row);
    for (const row of sets(name, 'department')) add(department.get(str(row['department']), () => departmentLabel(str(row['department']))), row);
    for (const row of sets(name, 'municipality')) add(municipality.get(str(row['municipality_id']), municipalityLabel(row)), row);
  };
  personRows('enrolments', addCourseFigures);
  personRows('certificates', addCertificateFigures);
  if (internships) personRows('internships', addInternshipFigures);

  // Course dimensions: course figures and course certificates; internships do not apply.
  const area = new RowSet(false);
  const modality = new RowSet(false);
  for (const value of MODALITIES) modality.get(value, () => MODALITY_LABELS[value]);
  const courseRows = (name: DashboardStatementName, add: (figures: Figures, row: Record<string, unknown>) => void) => {
    for (const row of sets(name, 'area')) {
      const id = str(row['area_id']);
      if (id) add(area.get(id, () => str(row['area_name']) ?? id), row);
    }
    for (const row of sets(name, 'modality')) {
      const value = str(row['modality']);
      if (value) add(modality.get(value, () => MODALITY_LABELS[value as Modality] ?? value), row);
    }
  };
  courseRows('enrolments', addCourseFigures);
  courseRows('certificates', addCertificateFigures);

  const sdg = new RowSet(false);
  for (const row of rows.sdg ?? []) addCourseFigures(sdg.get(String(row['sdg']), () => sdgLabel(String(row['sdg']))), row);
  for (const row of rows.certificatesSdg ?? []) addCertificateFigures(sdg.get(String(row['sdg']), () => sdgLabel(String(row['sdg']))), row);

  const breakdown = (dimension: ReportDimension, rowSet: RowSet, sort?: (a: BreakdownRow, b: BreakdownRow) => number): Breakdown => ({
    dimension,
    additive: dimension !== 'sdg',
    rows: sort ? rowSet.values().sort(sort) : rowSet.values(),
  });
  const genderBreakdown = breakdown('gender', gender);
  const breakdowns: Breakdown[] = [
    context.suppress ? suppressSmallCells(genderBreakdown) : genderBreakdown,
    breakdown('department', department, byFigure),
    breakdown('municipality', municipality, byFigure),
    breakdown('area', area, byFigure),
    breakdown('modality', modality),
    breakdown('sdg', sdg, (a, b) => byFigure(a, b) || compareSdgTargets(a.key ?? '', b.key ?? '')),
  ];

  return {
    filters,
    scope: context.scope,
    suppressed: context.suppress,
    generatedAt: (context.generatedAt ?? new Date()).toISOString(),
    headline: headline as ReportFigures,
    breakdowns,
    heatmap: heatmapOf(sets('enrolments', 'heatmap')),
    monthly: monthlyOf(filters, internships, sets('enrolments', 'month'), sets('certificates', 'month'), sets('internships', 'month')),
  };
};

const heatmapOf = (rows: Record<string, unknown>[]): CoverageHeatmap => {
  const cells = rows
    .filter((row) => num(row['completions']) > 0 && row['area_id'])
    .map((row) => ({
      municipalityId: str(row['municipality_id']),
      areaId: String(row['area_id']),
      completions: num(row['completions']),
      officialsTrained: num(row['officials_trained']),
    }));
  const areas = new Map<string, { id: string; code: string; name: string; position: number }>();
  const municipalities = new Map<string | null, CoverageHeatmap['municipalities'][number]>();
  for (const row of rows) {
    if (num(row['completions']) === 0 || !row['area_id']) continue;
    const areaId = String(row['area_id']);
    if (!areas.has(areaId)) {
      areas.set(areaId, { id: areaId, code: String(row['area_code'] ?? ''), name: String(row['area_name'] ?? ''), position: num(row['area_position']) });
    }
    const municipalityId = str(row['municipality_id']);
    if (!municipalities.has(municipalityId)) {
      municipalities.set(municipalityId, {
        id: municipalityId,
        name: str(row['municipality_name']) ?? NO_MUNICIPALITY_LABEL,
        department: (str(row['municipality_department']) as Department | null) ?? null,
      });
    }
  }
  return {
    areas: [...areas.values()]
      .sort((a, b) => a.position - b.position || a.code.localeCompare(b.code, 'es'))
      .map(({ id, code, name }) => ({ id, code, name })),
    municipalities: [...municipalities.values()].sort(
      (a, b) => (a.id === null ? 1 : 0) - (b.id === null ? 1 : 0) || a.name.localeCompare(b.name, 'es'),
    ),
    cells,
  };
};

const monthlyOf = (
  filters: ReportFilters,
  internships: boolean,
  courseRows: Record<string, unknown>[],
  certificateRows: Record<string, unknown>[],
  internshipRows: Record<string, unknown>[],
): MonthlyTrendRow[] => {
  const months = new Map<string, MonthlyTrendRow>(
    monthsOf(filters.from, filters.to).map((month) => [
      month,
      { month, enrolments: 0, completions: 0, trainingHours: 0, certificatesIssued: 0, internshipsCompleted: internships ? 0 : null },
    ]),
  );
  for (const row of courseRows) {
    const month = months.get(String(row['month']));
    if (!month) continue;
    month.enrolments = num(row['enrolments']);
    month.completions = num(row['completions']);
    month.trainingHours = num(row['training_hours']);
  }
  for (const row of certificateRows) {
    const month = months.get(String(row['month']));
    if (month) month.certificatesIssued = num(row['certificates_issued']);
  }
  if (internships) {
    for (const row of internshipRows) {
      const month = months.get(String(row['month']));
      if (month) month.internshipsCompleted = num(row['internships_completed']);
    }
  }
  return [...months.values()];
};
