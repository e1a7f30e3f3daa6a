import { COUNTED_ENROLMENT_STATUSES } from '@campus/domain';
import type { ReportFilters } from '@campus/domain';

/** Whose figures a report covers: everyone, or one municipality (a municipal liaison's own). */
export interface ReportScope {
  municipalityId: string | null;
}
export const EVERYONE: ReportScope = { municipalityId: null };

/** Positional parameters of one SQL text: `p.add(value)` returns its `$n`. */
export class SqlParams {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/**
 * Conditions on the person, over `u` (users) and `m` (their municipality, LEFT JOINed): the
 * scope's municipality, and the department, municipality and gender filters.
 */
export const personConditions = (filters: ReportFilters, scope: ReportScope, p: SqlParams): string[] => {
  const conditions: string[] = [];
  if (scope.municipalityId) conditions.push(`u.municipality_id = ${p.add(scope.municipalityId)}`);
  if (filters.municipalityId) conditions.push(`u.municipality_id = ${p.add(filters.municipalityId)}`);
  if (filters.department) conditions.push(`m.department = ${p.add(filters.department)}`);
  if (filters.gender) conditions.push(`u.gender = ${p.add(filters.gender)}`);
  return conditions;
};

/** Conditions on the course, over `c` (cohorts) and `co` (courses): area, modality (as delivered: the cohort's), course, SDG target. */
export const courseConditions = (filters: ReportFilters, p: SqlParams): string[] => {
  const conditions: string[] = [];
  if (filters.areaId) conditions.push(`co.area_id = ${p.add(filters.areaId)}`);
  if (filters.modality) conditions.push(`c.modality = ${p.add(filters.modality)}`);
  if (filters.courseId) conditions.push(`co.id = ${p.add(filters.courseId)}`);
  if (filters.sdgTarget) conditions.push(`co.sdg_targets @> ARRAY[${p.add(filters.sdgTarget)}]::text[]`);
  return conditions;
};

/** The enrolments a report counts, with their cohort, course, person and municipality. */
export const ENROLMENTS_FROM = `enrolments e
  JOIN cohorts c ON c.id = e.cohort_id
  JOIN courses co ON co.id = c.course_id
  JOIN users u ON u.id = e.user_id
  LEFT JOIN municipalities m ON m.id = u.municipality_id`;

/**
 * Which enrolments count (libs/domain reports.ts): admitted ones of cohorts that start in the
 * period and were not cancelled, filtered by person and course.
 */
export const enrolmentConditions = (filters: ReportFilters, scope: ReportScope, p: SqlParams): string[] => [
  `c.starts_on BETWEEN ${p.add(filters.from)}::date AND ${p.add(filters.to)}::date`,
  `c.status <> 'cancelled'`,
  `e.status = ANY(${p.add([...COUNTED_ENROLMENT_STATUSES])}::text[])`,
  ...personConditions(filters, scope, p),
  ...courseConditions(filters, p),
];

/** `WHERE a AND b …` (or nothing). */
export const where = (conditions: string[]): string => (conditions.length ? `WHERE ${conditions.join(' AND ')}` : '');

/**
 * The boundaries of the period as instants in La Paz (UTC−4, no daylight saving): `from` 00:00 to
 * the day after `to` 00:00, for timestamp columns (`issued_at`, `evaluated_at`, …).
 */
export const periodInstants = (filters: ReportFilters, p: SqlParams): { start: string; end: string } => ({
  start: `(${p.add(filters.from)}::date::timestamp AT TIME ZONE 'America/La_Paz')`,
  end: `((${p.add(filters.to)}::date + 1)::timestamp AT TIME ZONE 'America/La_Paz')`,
});
