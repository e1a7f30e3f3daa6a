import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { SEAT_HOLDING_STATUSES } from '@campus/domain';
import type { CohortStatus, CourseStatus, EnrolmentStatus } from '@campus/domain';
import { containsPattern } from '../../common/database/like';
import { enrolmentScopeSql } from './enrolments.access';
import type { EnrolmentScope } from './enrolments.access';

/** A cohort with what enrolment decisions need of its course. */
export interface LockedCohortRow {
  id: string;
  course_id: string;
  gestion: number;
  edition: number;
  parallel: string;
  status: CohortStatus;
  enrolment_opens_on: string;
  enrolment_closes_on: string;
  capacity: number;
  course_code: string;
  course_title: string;
  course_status: CourseStatus;
  requires_endorsement: boolean;
  requires_approval: boolean;
}

/** One enrolment with its person, cohort and course, as lists show it. */
export interface EnrolmentRow {
  id: string;
  status: EnrolmentStatus;
  source: 'request' | 'bulk';
  queue_seq: string;
  requested_at: Date;
  endorsed_at: Date | null;
  decided_at: Date | null;
  enrolled_at: Date | null;
  withdrawn_at: Date | null;
  reason: string | null;
  cohort_id: string;
  gestion: number;
  edition: number;
  parallel: string;
  starts_on: string;
  ends_on: string;
  enrolment_opens_on: string;
  enrolment_closes_on: string;
  cohort_status: CohortStatus;
  capacity: number;
  seats_taken: number;
  course_id: string;
  course_code: string;
  course_title: string;
  requires_endorsement: boolean;
  requires_approval: boolean;
  user_id: string;
  first_names: string;
  last_names: string;
  email: string;
  national_id_number: string;
  national_id_complement: string | null;
  municipality_id: string | null;
  municipality_name: string | null;
  facilitator_ids: string[];
  waitlist_position: number | null;
}

/** The enrolment row itself, locked for a decision. */
export interface LockedEnrolmentRow {
  id: string;
  cohort_id: string;
  user_id: string;
  status: EnrolmentStatus;
  municipality_id: string | null;
  full_name: string;
}

export interface EnrolmentListFilter {
  statuses?: EnrolmentStatus[];
  cohortId?: string;
  courseId?: string;
  municipalityId?: string;
  q?: string;
  page: number;
  pageSize: number;
}

/** A person a bulk enrolment names, with what the checks need. */
export interface CandidateRow {
  id: string;
  email: string;
  national_id_number: string;
  national_id_complement: string | null;
  full_name: string;
  active: boolean;
  is_participant: boolean;
}

/** The seat-holding states as a SQL list (constants of libs/domain, never input). */
const SEAT_SQL = SEAT_HOLDING_STATUSES.map((status) => `'${status}'`).join(', ');

const ENROLMENT_SELECT = `
  SELECT e.id, e.status, e.source, e.queue_seq, e.requested_at, e.endorsed_at, e.decided_at, e.enrolled_at, e.withdrawn_at, e.reason,
         e.cohort_id, ch.gestion, ch.edition, ch.parallel, ch.starts_on::text AS starts_on, ch.ends_on::text AS ends_on,
         ch.enrolment_opens_on::text AS enrolment_opens_on, ch.enrolment_closes_on::text AS enrolment_closes_on,
         ch.status AS cohort_status, ch.capacity,
         (SELECT count(*)::int FROM enrolments s WHERE s.cohort_id = e.cohort_id AND s.status IN (${SEAT_SQL})) AS seats_taken,
         co.id AS course_id, co.code AS course_code, co.title AS course_title, co.requires_endorsement, co.requires_approval,
         u.id AS user_id, u.first_names, u.last_names, u.email, u.national_id_number, u.national_id_complement,
         m.id AS municipality_id, m.name AS municipality_name,
         ARRAY(SELECT cf.user_id FROM cohort_facilitators cf WHERE cf.cohort_id = e.cohort_id) AS facilitator_ids,
         CASE WHEN e.status = 'waitlisted' THEN
           (SELECT count(*)::int FROM enrolments w WHERE w.cohort_id = e.cohort_id AND w.status = 'waitlisted' AND w.queue_seq <= e.queue_seq)
         END AS waitlist_position
    FROM enrolments e
    JOIN cohorts ch ON ch.id = e.cohort_id
    JOIN courses co ON co.id = ch.course_id
    JOIN users u ON u.id = e.user_id
    LEFT JOIN municipalities m ON m.id = u.municipality_id`;

/** The enrolment workflow's queries: locks, seat counts, the waitlist and the scoped lists. */
@Injectable()
export class EnrolmentsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The cohort row locked until the transaction ends: every seat decision of the cohort queues here. */
  async lockCohort(manager: EntityManager, cohortId: string): Promise<LockedCohortRow | null> {
    const [row] = await manager.query(
      `SELECT ch.id, ch.course_id, ch.gestion, ch.edition, ch.parallel, ch.status, ch.enrolment_opens_on::text AS enrolment_opens_on,
              ch.enrolment_closes_on::text AS enrolment_closes_on, ch.capacity, co.code AS course_code, co.title AS course_title,
              co.status AS course_status, co.requires_endorsement, co.requires_approval
         FROM cohorts ch JOIN courses co ON co.id = ch.course_id
        WHERE ch.id = $1
          FOR UPDATE OF ch`,
      [cohortId],
    );
    return row ?? null;
  }

  /** Places held in the cohort (call with the cohort locked). */
  async seatsTaken(manager: EntityManager, cohortId: string): Promise<number> {
    const [row] = await manager.query(`SELECT count(*)::int AS n FROM enrolments WHERE cohort_id = $1 AND status = ANY($2::text[])`, [
      cohortId,
      SEAT_HOLDING_STATUSES,
    ]);
    return row.n;
  }

  /** The cohort an enrolment belongs to (to lock it first), or null. */
  async cohortOf(enrolmentId: string): Promise<string | null> {
    const [row] = await this.dataSource.query(`SELECT cohort_id FROM enrolments WHERE id = $1`, [enrolmentId]);
    return row?.cohort_id ?? null;
  }

  async lockEnrolment(manager: EntityManager, where: { id: string } | { cohortId: string; userId: string }): Promise<LockedEnrolmentRow | null> {
    const [condition, params] = 'id' in where ? ['e.id = $1', [where.id]] : ['e.cohort_id = $1 AND e.user_id = $2', [where.cohortId, where.userId]];
    const [row] = await manager.query(
      `SELECT e.id, e.cohort_id, e.user_id, e.status, u.municipality_id, u.first_names || ' ' || u.last_names AS full_name
         FROM enrolments e JOIN users u ON u.id = e.user_id
        WHERE ${condition}
          FOR UPDATE OF e`,
      params,
    );
    return row ?? null;
  }

  /** Prerequisite courses the person has not passed (in any cohort), by title. */
  async missingPrerequisites(manager: EntityManager, courseId: string, userId: string): Promise<{ id: string; code: string; title: string }[]> {
    return manager.query(
      `SELECT p.id, p.code, p.title
         FROM course_prerequisites cp JOIN courses p ON p.id = cp.prerequisite_id
        WHERE cp.course_id = $1
          AND NOT EXISTS (SELECT 1 FROM enrolments e JOIN cohorts ch ON ch.id = e.cohort_id
                           WHERE ch.course_id = p.id AND e.user_id = $2 AND e.status = 'passed')
        ORDER BY p.title`,
      [courseId, userId],
    );
  }

  /** Waitlisted enrolments of a cohort in arrival order, locked, at most `limit`. */
  async lockFirstWaitlisted(manager: EntityManager, cohortId: string, limit: number): Promise<{ id: string; user_id: string }[]> {
    return manager.query(
      `SELECT id, user_id FROM enrolments WHERE cohort_id = $1 AND status = 'waitlisted' ORDER BY queue_seq LIMIT $2 FOR UPDATE`,
      [cohortId, limit],
    );
  }

  async waitlistPosition(manager: EntityManager, enrolmentId: string): Promise<number> {
    const [row] = await manager.query(
      `SELECT count(*)::int AS n FROM enrolments w JOIN enrolments e ON e.id = $1
        WHERE w.cohort_id = e.cohort_id AND w.status = 'waitlisted' AND w.queue_seq <= e.queue_seq`,
      [enrolmentId],
    );
    return row.n;
  }

  /** Active municipal liaisons of a municipality (they endorse its people's requests). */
  async liaisonsOf(manager: EntityManager, municipalityId: string | null): Promise<string[]> {
    if (!municipalityId) return [];
    const rows: { id: string }[] = await manager.query(
      `SELECT id FROM users WHERE active AND 'municipal_liaison' = ANY(roles) AND municipality_id = $1`,
      [municipalityId],
    );
    return rows.map((row) => row.id);
  }

  async findRows(ids: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<EnrolmentRow[]> {
    if (ids.length === 0) return [];
    return manager.query(`${ENROLMENT_SELECT} WHERE e.id = ANY($1::uuid[]) ORDER BY e.queue_seq`, [ids]);
  }

  /** A person's own enrolments, newest cohorts first. */
  async findForUser(userId: string): Promise<EnrolmentRow[]> {
    return this.dataSource.query(`${ENROLMENT_SELECT} WHERE e.user_id = $1 ORDER BY ch.starts_on DESC, e.requested_at DESC`, [userId]);
  }

  /** The queue: enrolments in the scope matching the filter, in arrival order, one page and the total. */
  async list(filter: EnrolmentListFilter, scope: EnrolmentScope): Promise<{ rows: EnrolmentRow[]; total: number }> {
    const params: unknown[] = [];
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    const conditions = [enrolmentScopeSql(scope, params)];
    if (filter.statuses && filter.statuses.length > 0) conditions.push(`e.status = ANY(${param(filter.statuses)}::text[])`);
    if (filter.cohortId) conditions.push(`e.cohort_id = ${param(filter.cohortId)}`);
    if (filter.courseId) conditions.push(`ch.course_id = ${param(filter.courseId)}`);
    if (filter.municipalityId) conditions.push(`u.municipality_id = ${param(filter.municipalityId)}`);
    if (filter.q && filter.q.trim()) {
      const term = param(containsPattern(filter.q));
      conditions.push(
        `(lower(u.first_names || ' ' || u.last_names) LIKE ${term} OR u.email LIKE ${term} OR u.national_id_number LIKE ${term})`,
      );
    }
    const where = conditions.join(' AND ');
    const [{ total }] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM enrolments e JOIN cohorts ch ON ch.id = e.cohort_id JOIN users u ON u.id = e.user_id WHERE ${where}`,
      params,
    );
    const rows = await this.dataSource.query(
      `${ENROLMENT_SELECT} WHERE ${where} ORDER BY e.queue_seq LIMIT ${param(filter.pageSize)} OFFSET ${param((filter.page - 1) * filter.pageSize)}`,
      params,
    );
    return { rows, total };
  }

  /** People by id, for a bulk enrolment by selection. */
  async candidatesById(manager: EntityManager, ids: readonly string[]): Promise<CandidateRow[]> {
    return this.candidates(manager, 'u.id = ANY($1::uuid[])', [ids]);
  }

  /** People by email or cédula number, for a bulk enrolment from a file. */
  async candidatesByEmailOrNationalId(manager: EntityManager, emails: readonly string[], nationalIds: readonly string[]): Promise<CandidateRow[]> {
    return this.candidates(manager, 'u.email = ANY($1::text[]) OR u.national_id_number = ANY($2::text[])', [emails, nationalIds]);
  }

  /** Existing enrolments of people in a cohort (call with the cohort locked). */
  async statusesIn(manager: EntityManager, cohortId: string, userIds: readonly string[]): Promise<Map<string, { id: string; status: EnrolmentStatus }>> {
    const rows: { id: string; user_id: string; status: EnrolmentStatus }[] = await manager.query(
      `SELECT id, user_id, status FROM enrolments WHERE cohort_id = $1 AND user_id = ANY($2::uuid[])`,
      [cohortId, userIds],
    );
    return new Map(rows.map((row) => [row.user_id, { id: row.id, status: row.status }]));
  }

  private candidates(manager: EntityManager, where: string, params: unknown[]): Promise<CandidateRow[]> {
    return manager.query(
      `SELECT u.id, u.email, u.national_id_number, u.national_id_complement, u.first_names || ' ' || u.last_names AS full_name,
              u.active, 'participant' = ANY(u.roles) AS is_participant
         FROM users u WHERE ${where}`,
      params,
    );
  }
}
