import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { SEAT_HOLDING_STATUSES } from '@campus/domain';
import type { AttendanceStatus, CohortStatus, EnrolmentStatus, Gender, Modality } from '@campus/domain';
import type { CohortScope } from '../cohorts/cohorts.access';

export interface TeachingCohortRow {
  id: string;
  course_id: string;
  course_code: string;
  course_title: string;
  gestion: number;
  edition: number;
  parallel: string;
  starts_on: string;
  ends_on: string;
  modality: Modality;
  status: CohortStatus;
  venue: string | null;
  enrolled: number;
  waitlisted: number;
  sessions: number;
  teaching: boolean;
  next_session: { id: string; title: string; starts_at: string; ends_at: string } | null;
  last_session: { id: string; title: string; starts_at: string; ends_at: string } | null;
}

export interface SessionRow {
  id: string;
  cohort_id: string;
  title: string;
  starts_at: Date;
  ends_at: Date;
}

export interface AttendanceListRow {
  enrolment_id: string;
  user_id: string;
  full_name: string;
  municipality: string | null;
  enrolment_status: EnrolmentStatus;
  status: AttendanceStatus | null;
  note: string | null;
  marked_at: Date | null;
}

export interface RosterRow {
  enrolment_id: string;
  user_id: string;
  first_names: string;
  last_names: string;
  email: string;
  municipality: string | null;
  gender: Gender;
  status: EnrolmentStatus;
  facilitator_grade: string | null;
  present: number;
  absent: number;
  excused: number;
}

export interface AttendanceMatrixCell {
  session_id: string;
  enrolment_id: string;
  status: AttendanceStatus;
}

const SESSION_JSON = (condition: string, order: string) => `(
  SELECT json_build_object('id', s.id, 'title', s.title, 'starts_at', s.starts_at, 'ends_at', s.ends_at)
    FROM cohort_sessions s WHERE s.cohort_id = c.id AND ${condition} ORDER BY ${order} LIMIT 1)`;

/** The read queries of the teaching pages: one query per list, never one per person. */
@Injectable()
export class TeachingRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Cohorts in scope, not cancelled; unless `includePast`, only those still scheduled or that
   * ended less than 90 days ago. Scheduled first, by start date.
   */
  async cohorts(scope: CohortScope, viewerId: string, includePast: boolean): Promise<TeachingCohortRow[]> {
    const where = [`c.status <> 'cancelled'`];
    if (scope.kind === 'facilitator') where.push(`EXISTS (SELECT 1 FROM cohort_facilitators f WHERE f.cohort_id = c.id AND f.user_id = $1)`);
    if (!includePast) where.push(`(c.status = 'scheduled' OR c.ends_on >= (now() AT TIME ZONE 'America/La_Paz')::date - 90)`);
    return this.dataSource.query(
      `SELECT c.id, c.course_id, co.code AS course_code, co.title AS course_title, c.gestion, c.edition, c.parallel,
              to_char(c.starts_on, 'YYYY-MM-DD') AS starts_on, to_char(c.ends_on, 'YYYY-MM-DD') AS ends_on, c.modality, c.status, c.venue,
              (SELECT count(*)::int FROM enrolments e WHERE e.cohort_id = c.id AND e.status = ANY($2::text[])) AS enrolled,
              (SELECT count(*)::int FROM enrolments e WHERE e.cohort_id = c.id AND e.status = 'waitlisted') AS waitlisted,
              (SELECT count(*)::int FROM cohort_sessions s WHERE s.cohort_id = c.id) AS sessions,
              EXISTS (SELECT 1 FROM cohort_facilitators f WHERE f.cohort_id = c.id AND f.user_id = $1) AS teaching,
              ${SESSION_JSON('s.ends_at > now()', 's.starts_at, s.id')} AS next_session,
              ${SESSION_JSON('s.starts_at <= now()', 's.starts_at DESC, s.id')} AS last_session
         FROM cohorts c JOIN courses co ON co.id = c.course_id
        WHERE ${where.join(' AND ')}
        ORDER BY c.status = 'scheduled' DESC, c.starts_on, co.title, c.edition, c.parallel`,
      [viewerId, SEAT_HOLDING_STATUSES],
    );
  }

  async session(manager: EntityManager, cohortId: string, sessionId: string): Promise<SessionRow | null> {
    const [row]: SessionRow[] = await manager.query(
      `SELECT id, cohort_id, title, starts_at, ends_at FROM cohort_sessions WHERE id = $1 AND cohort_id = $2`,
      [sessionId, cohortId],
    );
    return row ?? null;
  }

  /** Every person holding a place in the cohort, with their mark for the session, by surname. */
  async attendanceList(manager: EntityManager, cohortId: string, sessionId: string): Promise<AttendanceListRow[]> {
    return manager.query(
      `SELECT e.id AS enrolment_id, u.id AS user_id, u.last_names || ', ' || u.first_names AS full_name, m.name AS municipality,
              e.status AS enrolment_status, a.status, a.note, a.marked_at
         FROM enrolments e JOIN users u ON u.id = e.user_id
         LEFT JOIN municipalities m ON m.id = u.municipality_id
         LEFT JOIN attendance a ON a.enrolment_id = e.id AND a.session_id = $2
        WHERE e.cohort_id = $1 AND e.status = ANY($3::text[])
        ORDER BY u.last_names, u.first_names, e.id`,
      [cohortId, sessionId, SEAT_HOLDING_STATUSES],
    );
  }

  /** Locks the enrolments of the cohort holding a place, in id order (no deadlock between two saves), and returns them. */
  async lockSeatHolders(manager: EntityManager, cohortId: string): Promise<{ id: string; status: EnrolmentStatus }[]> {
    return manager.query(
      `SELECT id, status FROM enrolments WHERE cohort_id = $1 AND status = ANY($2::text[]) ORDER BY id FOR UPDATE`,
      [cohortId, SEAT_HOLDING_STATUSES],
    );
  }

  /** Every enrolment of the cohort (any status), with person and attendance counts, by surname. */
  async roster(cohortId: string, status: EnrolmentStatus | undefined, manager: EntityManager = this.dataSource.manager): Promise<RosterRow[]> {
    return manager.query(
      `SELECT e.id AS enrolment_id, u.id AS user_id, u.first_names, u.last_names, u.email, m.name AS municipality, u.gender, e.status,
              e.facilitator_grade,
              count(a.*) FILTER (WHERE a.status = 'present')::int AS present,
              count(a.*) FILTER (WHERE a.status = 'absent')::int AS absent,
              count(a.*) FILTER (WHERE a.status = 'excused')::int AS excused
         FROM enrolments e JOIN users u ON u.id = e.user_id
         LEFT JOIN municipalities m ON m.id = u.municipality_id
         LEFT JOIN attendance a ON a.enrolment_id = e.id
        WHERE e.cohort_id = $1 AND ($2::text IS NULL OR e.status = $2::text)
        GROUP BY e.id, u.id, m.name
        ORDER BY u.last_names, u.first_names, e.id`,
      [cohortId, status ?? null],
    );
  }

  async statusCounts(cohortId: string): Promise<{ status: EnrolmentStatus; count: number }[]> {
    return this.dataSource.query(
      `SELECT status, count(*)::int AS count FROM enrolments WHERE cohort_id = $1 GROUP BY status ORDER BY status`,
      [cohortId],
    );
  }

  async sessions(cohortId: string): Promise<SessionRow[]> {
    return this.dataSource.query(
      `SELECT id, cohort_id, title, starts_at, ends_at FROM cohort_sessions WHERE cohort_id = $1 ORDER BY starts_at, ends_at, id`,
      [cohortId],
    );
  }

  /** Every mark of the cohort's sessions (for the person × session sheet). */
  async attendanceMatrix(cohortId: string): Promise<AttendanceMatrixCell[]> {
    return this.dataSource.query(
      `SELECT a.session_id, a.enrolment_id, a.status
         FROM attendance a JOIN cohort_sessions s ON s.id = a.session_id
        WHERE s.cohort_id = $1`,
      [cohortId],
    );
  }
}
