import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { HEADLINE_START, HEADLINE_STOP, parseSdgFilter, prefixTsQuery, SEAT_HOLDING_STATUSES } from '@campus/domain';
import type { CourseCertificateKind, CourseStatus, Modality } from '@campus/domain';
import { CATALOGUE_STATUS } from './catalogue.access';

/** What the catalogue search understands (already validated by CatalogueQueryDto). */
export interface CatalogueSearch {
  q?: string;
  areaId?: string;
  subAreaId?: string;
  modality?: Modality;
  from?: string;
  to?: string;
  sdg?: string;
  open: boolean;
  page: number;
  pageSize: number;
}

/** One row of a search page (or a single row with `id` null when the page is empty). */
export interface CatalogueSearchRow {
  total: number;
  id: string | null;
  code: string;
  title: string;
  summary: string;
  modality: Modality;
  workload_hours: number;
  certificate_kind: CourseCertificateKind;
  sdg_targets: string[];
  area_id: string;
  area_code: string;
  area_name: string;
  sub_area_id: string | null;
  sub_area_code: string | null;
  sub_area_name: string | null;
  competency_count: number;
  open_cohort_count: number;
  headline: string | null;
  nc_id: string | null;
  nc_gestion: number;
  nc_edition: number;
  nc_parallel: string;
  nc_starts_on: string;
  nc_ends_on: string;
  nc_enrolment_opens_on: string;
  nc_enrolment_closes_on: string;
  nc_capacity: number;
  nc_modality: Modality;
  nc_venue: string | null;
  nc_held: number;
  nc_enrolment_open: boolean;
}

/** Weights of ts_rank_cd for D, C, B, A: title and code (A) count five times the description (C). */
const RANK_WEIGHTS = '{0.1, 0.2, 0.4, 1.0}';
/** ts_headline options: a short snippet with the found words between the marks parseHeadline reads. */
const HEADLINE_OPTIONS = `StartSel=${HEADLINE_START}, StopSel=${HEADLINE_STOP}, MaxWords=28, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;

/**
 * The whole catalogue search as one SQL statement with bind parameters (the person's text is
 * only ever a parameter): published courses matching the text (Spanish, accent-blind, ranked
 * title > summary > description, the last word also as a prefix) and the filters, with their next
 * cohort, places left and a highlighted snippet, one page at a time plus the total.
 *
 * Cohorts that count: scheduled (never cancelled or closed). With `open` only those whose
 * enrolment window contains today (the rule of `isEnrolmentOpen`), otherwise those not yet over;
 * `from`/`to` keep cohorts whose dates overlap the range. A course is listed when it has such a
 * cohort — or, with `open=false` and no date range, always. Its next cohort is the first of them:
 * open ones first, then those opening later, then by start date and paralelo.
 */
export const buildCatalogueSearch = (search: CatalogueSearch, today: string): { sql: string; params: unknown[] } => {
  const params: unknown[] = [];
  const param = (value: unknown) => `$${params.push(value)}`;
  const todayParam = `${param(today)}::date`;

  const cohortConditions = [
    `co.status = 'scheduled'`,
    search.open
      ? `co.enrolment_opens_on <= ${todayParam} AND co.enrolment_closes_on >= ${todayParam}`
      : `co.ends_on >= ${todayParam}`,
  ];
  if (search.from) cohortConditions.push(`co.ends_on >= ${param(search.from)}::date`);
  if (search.to) cohortConditions.push(`co.starts_on <= ${param(search.to)}::date`);

  const courseConditions = [`c.status = ${param(CATALOGUE_STATUS)}`];
  let tsQuery: string | null = null;
  if (search.q) {
    const web = `websearch_to_tsquery('campus_es', ${param(search.q)})`;
    const prefix = prefixTsQuery(search.q);
    tsQuery = prefix ? `(${web} || to_tsquery('campus_es', ${param(prefix)}))` : web;
    courseConditions.push(`c.search_vector @@ ${tsQuery}`);
  }
  if (search.areaId) courseConditions.push(`c.area_id = ${param(search.areaId)}::uuid`);
  if (search.subAreaId) courseConditions.push(`c.sub_area_id = ${param(search.subAreaId)}::uuid`);
  if (search.modality) courseConditions.push(`c.modality = ${param(search.modality)}`);
  const sdg = search.sdg ? parseSdgFilter(search.sdg) : null;
  if (sdg?.kind === 'target') courseConditions.push(`c.sdg_targets @> ARRAY[${param(sdg.target)}]::text[]`);
  if (sdg?.kind === 'goal') {
    courseConditions.push(`EXISTS (SELECT 1 FROM unnest(c.sdg_targets) t WHERE split_part(t, '.', 1) = ${param(String(sdg.goal))})`);
  }
  if (search.open || search.from || search.to) courseConditions.push(`EXISTS (SELECT 1 FROM eligible e WHERE e.course_id = c.id)`);

  const rank = tsQuery ? `ts_rank_cd('${RANK_WEIGHTS}', c.search_vector, ${tsQuery})` : '0';
  const headline = tsQuery
    ? `ts_headline('campus_es', translate(c.summary || E'\\n\\n' || c.description, ${param(HEADLINE_START + HEADLINE_STOP)}, ''), ${tsQuery}, ${param(HEADLINE_OPTIONS)})`
    : 'NULL';
  const seatHolding = param([...SEAT_HOLDING_STATUSES]);
  const limit = param(search.pageSize);
  const offset = param((search.page - 1) * search.pageSize);

  const sql = `
    WITH eligible AS (
      SELECT co.id, co.course_id, co.starts_on, co.edition, co.parallel,
             (co.enrolment_opens_on <= ${todayParam} AND co.enrolment_closes_on >= ${todayParam}) AS enrolment_open,
             co.enrolment_opens_on > ${todayParam} AS upcoming
        FROM cohorts co
       WHERE ${cohortConditions.join(' AND ')}
    ),
    found AS (
      SELECT c.id, c.title, ${rank} AS rank,
             (SELECT e.id FROM eligible e WHERE e.course_id = c.id
               ORDER BY e.enrolment_open DESC, e.upcoming DESC, e.starts_on, e.edition, e.parallel, e.id LIMIT 1) AS next_cohort_id
        FROM courses c
       WHERE ${courseConditions.join(' AND ')}
    ),
    page AS (
      SELECT f.id, f.title, f.rank, f.next_cohort_id, nc.starts_on AS next_starts_on
        FROM found f LEFT JOIN cohorts nc ON nc.id = f.next_cohort_id
       ORDER BY f.rank DESC, nc.starts_on ASC NULLS LAST, f.title, f.id
       LIMIT ${limit} OFFSET ${offset}
    )
    SELECT t.total, c.id, c.code, c.title, c.summary, c.modality, c.workload_hours, c.certificate_kind, c.sdg_targets,
           a.id AS area_id, a.code AS area_code, a.name AS area_name,
           s.id AS sub_area_id, s.code AS sub_area_code, s.name AS sub_area_name,
           (SELECT count(*)::int FROM course_competencies cc WHERE cc.course_id = c.id) AS competency_count,
           (SELECT count(*)::int FROM cohorts o WHERE o.course_id = c.id AND o.status = 'scheduled'
               AND o.enrolment_opens_on <= ${todayParam} AND o.enrolment_closes_on >= ${todayParam}) AS open_cohort_count,
           ${headline} AS headline,
           nc.id AS nc_id, nc.gestion AS nc_gestion, nc.edition AS nc_edition, nc.parallel AS nc_parallel,
           nc.starts_on::text AS nc_starts_on, nc.ends_on::text AS nc_ends_on,
           nc.enrolment_opens_on::text AS nc_enrolment_opens_on, nc.enrolment_closes_on::text AS nc_enrolment_closes_on,
           nc.capacity AS nc_capacity, nc.modality AS nc_modality, nc.venue AS nc_venue,
           (nc.status = 'scheduled' AND nc.enrolment_opens_on <= ${todayParam} AND nc.enrolment_closes_on >= ${todayParam}) AS nc_enrolment_open,
           (SELECT count(*)::int FROM enrolments en WHERE en.cohort_id = nc.id AND en.status = ANY(${seatHolding}::text[])) AS nc_held
      FROM (SELECT count(*)::int AS total FROM found) t
      LEFT JOIN page p ON true
      LEFT JOIN courses c ON c.id = p.id
      LEFT JOIN competency_items a ON a.id = c.area_id
      LEFT JOIN competency_items s ON s.id = c.sub_area_id
      LEFT JOIN cohorts nc ON nc.id = p.next_cohort_id
     ORDER BY p.rank DESC, p.next_starts_on ASC NULLS LAST, p.title, p.id`;
  return { sql, params };
};

export interface CatalogueCourseRow {
  id: string;
  code: string;
  title: string;
  summary: string;
  description: string;
  status: CourseStatus;
  modality: Modality;
  workload_hours: number;
  passing_score: number;
  min_attendance: number;
  certificate_kind: CourseCertificateKind;
  requires_endorsement: boolean;
  sdg_targets: string[];
  area_id: string;
  area_code: string;
  area_name: string;
  sub_area_id: string | null;
  sub_area_code: string | null;
  sub_area_name: string | null;
}

export interface CatalogueCohortRow {
  id: string;
  course_version_id: string;
  gestion: number;
  edition: number;
  parallel: string;
  starts_on: string;
  ends_on: string;
  enrolment_opens_on: string;
  enrolment_closes_on: string;
  capacity: number;
  modality: Modality;
  venue: string | null;
  enrolment_open: boolean;
  held: number;
}

export interface CatalogueOutlineRow {
  version_number: number;
  module_position: number;
  module_title: string;
  module_summary: string;
  activity_title: string | null;
  kind: string | null;
  required: boolean | null;
  estimated_minutes: number | null;
  question_count: number | null;
}

/** The catalogue's reads, straight from the tables (no other feature's services involved). */
@Injectable()
export class CatalogueRepository {
  constructor(private readonly dataSource: DataSource) {}

  async search(search: CatalogueSearch, today: string): Promise<CatalogueSearchRow[]> {
    const { sql, params } = buildCatalogueSearch(search, today);
    return this.dataSource.query(sql, params);
  }

  /** A course with its area and sub-area, whatever its status (the caller checks it). */
  async findCourse(id: string): Promise<CatalogueCourseRow | undefined> {
    const [row] = await this.dataSource.query(
      `SELECT c.id, c.code, c.title, c.summary, c.description, c.status, c.modality, c.workload_hours, c.passing_score,
              c.min_attendance, c.certificate_kind, c.requires_endorsement, c.sdg_targets,
              a.id AS area_id, a.code AS area_code, a.name AS area_name,
              s.id AS sub_area_id, s.code AS sub_area_code, s.name AS sub_area_name
         FROM courses c
         JOIN competency_items a ON a.id = c.area_id
         LEFT JOIN competency_items s ON s.id = c.sub_area_id
        WHERE c.id = $1`,
      [id],
    );
    return row;
  }

  findCompetencies(courseId: string): Promise<{ id: string; code: string; name: string; level: number }[]> {
    return this.dataSource.query(
      `SELECT i.id, i.code, i.name, cc.level
         FROM course_competencies cc JOIN competency_items i ON i.id = cc.competency_id
        WHERE cc.course_id = $1
        ORDER BY cc.level DESC, i.code`,
      [courseId],
    );
  }

  findPrerequisites(courseId: string): Promise<{ id: string; code: string; title: string; in_catalogue: boolean }[]> {
    return this.dataSource.query(
      `SELECT p.id, p.code, p.title, p.status = $2 AS in_catalogue
         FROM course_prerequisites cp JOIN courses p ON p.id = cp.prerequisite_id
        WHERE cp.course_id = $1
        ORDER BY p.code`,
      [courseId, CATALOGUE_STATUS],
    );
  }

  /** Cohorts still ahead or running (scheduled, not over), by start date, with the places they hold. */
  findCurrentCohorts(courseId: string, today: string): Promise<CatalogueCohortRow[]> {
    return this.dataSource.query(
      `SELECT co.id, co.course_version_id, co.gestion, co.edition, co.parallel,
              co.starts_on::text AS starts_on, co.ends_on::text AS ends_on,
              co.enrolment_opens_on::text AS enrolment_opens_on, co.enrolment_closes_on::text AS enrolment_closes_on,
              co.capacity, co.modality, co.venue,
              (co.enrolment_opens_on <= $2::date AND co.enrolment_closes_on >= $2::date) AS enrolment_open,
              (SELECT count(*)::int FROM enrolments en WHERE en.cohort_id = co.id AND en.status = ANY($3::text[])) AS held
         FROM cohorts co
        WHERE co.course_id = $1 AND co.status = 'scheduled' AND co.ends_on >= $2::date
        ORDER BY co.starts_on, co.edition, co.parallel`,
      [courseId, today, [...SEAT_HOLDING_STATUSES]],
    );
  }

  /** Facilitators' names (nothing else about them) of some cohorts. */
  findFacilitators(cohortIds: string[]): Promise<{ cohort_id: string; first_names: string; last_names: string }[]> {
    if (cohortIds.length === 0) return Promise.resolve([]);
    return this.dataSource.query(
      `SELECT cf.cohort_id, u.first_names, u.last_names
         FROM cohort_facilitators cf JOIN users u ON u.id = cf.user_id
        WHERE cf.cohort_id = ANY($1::uuid[])
        ORDER BY u.last_names, u.first_names`,
      [cohortIds],
    );
  }

  findSessions(cohortIds: string[]): Promise<{ cohort_id: string; starts_at: Date; ends_at: Date; title: string; venue: string | null }[]> {
    if (cohortIds.length === 0) return Promise.resolve([]);
    return this.dataSource.query(
      `SELECT cohort_id, starts_at, ends_at, title, venue FROM cohort_sessions
        WHERE cohort_id = ANY($1::uuid[]) ORDER BY starts_at`,
      [cohortIds],
    );
  }

  /**
   * The outline (modules and activities, never questions or answers) of a content version: the
   * given one, else the newest a cohort uses, else the newest. One row per activity (a module
   * without activities gives one row with null activity columns).
   */
  findOutline(courseId: string, versionId: string | null): Promise<CatalogueOutlineRow[]> {
    return this.dataSource.query(
      `WITH version AS (
         SELECT v.id, v.number FROM course_versions v
          WHERE v.course_id = $1
          ORDER BY (v.id = $2::uuid) DESC NULLS LAST,
                   EXISTS (SELECT 1 FROM cohorts co WHERE co.course_version_id = v.id) DESC,
                   v.number DESC
          LIMIT 1
       )
       SELECT version.number AS version_number, m.position AS module_position, m.title AS module_title, m.summary AS module_summary,
              a.title AS activity_title, a.kind, a.required, a.estimated_minutes,
              CASE WHEN a.kind = 'quiz' THEN (SELECT count(*)::int FROM quiz_questions q WHERE q.activity_id = a.id) END AS question_count
         FROM version
         JOIN course_modules m ON m.version_id = version.id
         LEFT JOIN course_activities a ON a.module_id = m.id
        ORDER BY m.position, a.position`,
      [courseId, versionId],
    );
  }
}
