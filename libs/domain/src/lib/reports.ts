/**
 * Capacity-building reports (DESIGN.md, Reports): what each figure counts, the filters and
 * breakdowns, and the shape of the dashboard the API computes and the SPA, the exports and the
 * benchmark read. The API computes the figures in SQL; these definitions are the contract the
 * tests check it against with plain SQL.
 *
 * What is counted, and on which date (the period is inclusive, `from`..`to`, dates in La Paz):
 * - **Course figures** are anchored on the cohort's start date (`cohorts.starts_on` in the period;
 *   cancelled cohorts excluded): `enrolments` = admitted enrolments (status enrolled, in_progress,
 *   passed, failed or withdrawn: requests, waitlist and rejections are not enrolments);
 *   `completions` = those passed; `completionRate` = completions / enrolments; `trainingHours` =
 *   Σ course workload hours over completions; `officialsTrained` = distinct people with at least
 *   one completion.
 * - **Certificates issued**: certificates with `issued_at` in the period that are not superseded
 *   (a correction replaces a certificate, it does not add one); revoked ones are counted apart.
 * - **Internship figures** (not courses): `internshipsCompleted` = placements approved with their
 *   evaluation in the period; `proposalsProduced` = final reports with an improvement proposal
 *   submitted in the period; `proposalsImplemented` = of those, the ones whose latest follow-up
 *   says implemented. Course filters (area, modality, course, SDG) do not apply to internships:
 *   with any of them set, internship figures are `null` (not applicable), never a silent 0.
 * - People are placed by their account's municipality (and its department) and gender.
 *
 * Breakdowns: by a person dimension (gender, municipality, department) every figure adds up to the
 * headline; by a course dimension (area, modality) the additive figures (enrolments, completions,
 * hours) add up, while distinct people may appear under several values. SDG targets are
 * multi-valued (a course serves several), so that breakdown never adds up and says so.
 */
import type { Department, Gender } from './people';
import type { Modality } from './catalogue';
import { isCalendarDate } from './dates';

export const REPORT_DIMENSIONS = ['gender', 'department', 'municipality', 'area', 'modality', 'sdg'] as const;
export type ReportDimension = (typeof REPORT_DIMENSIONS)[number];

/** Dimensions that describe the person: every figure of such a breakdown adds up to the headline. */
export const PERSON_DIMENSIONS = ['gender', 'department', 'municipality'] as const satisfies readonly ReportDimension[];
/** A course may serve several SDG targets: its rows count under each, so the breakdown does not add up. */
export const MULTI_VALUED_DIMENSIONS = ['sdg'] as const satisfies readonly ReportDimension[];

/** Enrolment statuses that count as an enrolment (admitted to the cohort). */
export const COUNTED_ENROLMENT_STATUSES = ['enrolled', 'in_progress', 'passed', 'failed', 'withdrawn'] as const;

export const REPORT_FIGURES = [
  'officialsTrained',
  'enrolments',
  'completions',
  'completionRate',
  'trainingHours',
  'certificatesIssued',
  'internshipsCompleted',
  'proposalsProduced',
  'proposalsImplemented',
] as const;
export type ReportFigure = (typeof REPORT_FIGURES)[number];

/** Figures that are counts of people (suppressed under the threshold when publishing). */
export const PEOPLE_COUNT_FIGURES = [
  'officialsTrained',
  'enrolments',
  'completions',
  'certificatesIssued',
  'internshipsCompleted',
  'proposalsProduced',
  'proposalsImplemented',
] as const satisfies readonly ReportFigure[];

/** Filters of every report. Dates are ISO `YYYY-MM-DD`; absent filters select everything. */
export interface ReportFilters {
  from: string;
  to: string;
  department?: Department;
  municipalityId?: string;
  areaId?: string;
  modality?: Modality;
  courseId?: string;
  gender?: Gender;
  sdgTarget?: string;
}

/** Filters that describe courses: internship figures do not apply when one is set. */
export const COURSE_FILTERS = ['areaId', 'modality', 'courseId', 'sdgTarget'] as const satisfies readonly (keyof ReportFilters)[];
export const internshipsApply = (filters: ReportFilters): boolean => COURSE_FILTERS.every((key) => !filters[key]);

/** The longest period a report covers (ten years): longer ones are refused with a message. */
export const MAX_REPORT_PERIOD_DAYS = 3660;

/** Publication option: cells of gender breakdowns under this many people are shown as `<5`. */
export const SUPPRESSION_THRESHOLD = 5;

/** Exports with more rows than this run as background jobs with progress and a download link. */
export const DIRECT_EXPORT_MAX_ROWS = 5000;

export interface ReportFigures {
  officialsTrained: number;
  enrolments: number;
  completions: number;
  /** completions / enrolments, 0..1 (0 when there are no enrolments). */
  completionRate: number;
  trainingHours: number;
  certificatesIssued: number;
  /** Not superseded certificates of the period that were later revoked (included in `certificatesIssued`). */
  certificatesRevoked: number;
  /** `null` when a course filter is set (internships are not courses). */
  internshipsCompleted: number | null;
  proposalsProduced: number | null;
  proposalsImplemented: number | null;
}

/** One row of a breakdown: `key` is the stable code (gender, department code, id, modality, SDG target); `null` = not recorded. */
export type BreakdownRow = { [F in keyof ReportFigures]: number | null } & {
  key: string | null;
  label: string;
  /** Set when suppression replaced some of this row's counts by `null` (shown as `<5`). */
  suppressed?: boolean;
};

export interface Breakdown {
  dimension: ReportDimension;
  /** Whether the rows add up to the headline (false for SDG targets). */
  additive: boolean;
  rows: BreakdownRow[];
}

/** Municipality × competency-area coverage: completions and officials trained per cell (only non-empty cells). */
export interface CoverageHeatmap {
  areas: { id: string; code: string; name: string }[];
  municipalities: { id: string | null; name: string; department: Department | null }[];
  cells: { municipalityId: string | null; areaId: string; completions: number; officialsTrained: number }[];
}

/** One month of the trend (`month` = `YYYY-MM`): course figures by cohort start month, others by their own date. */
export interface MonthlyTrendRow {
  month: string;
  enrolments: number;
  completions: number;
  trainingHours: number;
  certificatesIssued: number;
  internshipsCompleted: number | null;
}

export interface DashboardReport {
  filters: ReportFilters;
  /** `everyone`, or the liaison's own municipality. */
  scope: { kind: 'everyone' } | { kind: 'municipality'; municipalityId: string; municipalityName: string };
  suppressed: boolean;
  generatedAt: string;
  headline: ReportFigures;
  breakdowns: Breakdown[];
  heatmap: CoverageHeatmap;
  monthly: MonthlyTrendRow[];
}

export const completionRate = (completions: number, enrolments: number): number =>
  enrolments === 0 ? 0 : completions / enrolments;

/** Problems with a period, as `{ field: message }` in Spanish (empty when valid). */
export const reportPeriodProblems = (from: string | undefined, to: string | undefined): Record<string, string> => {
  const problems: Record<string, string> = {};
  const iso = /^\d{4}-\d{2}-\d{2}$/;
  // A real calendar date: 2026-02-30 is refused (Date.parse would roll it over to March).
  const valid = (value: string | undefined) => !!value && iso.test(value) && isCalendarDate(value);
  if (!valid(from)) problems['from'] = 'Indique la fecha de inicio del periodo (AAAA-MM-DD).';
  if (!valid(to)) problems['to'] = 'Indique la fecha de fin del periodo (AAAA-MM-DD).';
  if (problems['from'] || problems['to']) return problems;
  const days = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
  if (days < 0) problems['to'] = 'La fecha de fin debe ser igual o posterior a la de inicio.';
  else if (days > MAX_REPORT_PERIOD_DAYS) problems['to'] = 'El periodo no puede superar diez años.';
  return problems;
};

/** The months of a period, `YYYY-MM`, in order (the trend has a row for each, empty or not). */
export const monthsOf = (from: string, to: string): string[] => {
  const months: string[] = [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  const lastYear = Number(to.slice(0, 4));
  const lastMonth = Number(to.slice(5, 7));
  while (year < lastYear || (year === lastYear && month <= lastMonth)) {
    months.push(`${year}-${String(month).padStart(2, '0')}`);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
};

/**
 * Publication option: in gender breakdowns, people counts under the threshold (but above 0) become
 * `null` (shown as `<5`) and so do the figures derived from them (rate, hours), so no small group
 * can be recognised. Zero stays zero: it reveals nobody. Other breakdowns are returned unchanged.
 */
export const suppressSmallCells = (breakdown: Breakdown, threshold = SUPPRESSION_THRESHOLD): Breakdown => {
  if (breakdown.dimension !== 'gender') return breakdown;
  const small = (value: number | null) => value !== null && value > 0 && value < threshold;
  return {
    ...breakdown,
    rows: breakdown.rows.map((row) => {
      const hidden = PEOPLE_COUNT_FIGURES.filter((figure) => small(row[figure]));
      if (hidden.length === 0) return row;
      const next: BreakdownRow = { ...row, suppressed: true };
      for (const figure of hidden) next[figure] = null;
      if (hidden.includes('completions') || hidden.includes('enrolments')) {
        next.completionRate = null;
        next.trainingHours = null;
      }
      return next;
    }),
  };
};
