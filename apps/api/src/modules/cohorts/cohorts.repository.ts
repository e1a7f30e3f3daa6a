import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { SEAT_HOLDING_STATUSES } from '@campus/domain';
import type { CohortStatus, ScheduledSession } from '@campus/domain';
import type { CohortFacilitatorDto } from './dto/cohort.dto';

/** A session with what the calendar and the double-booking check need of its cohort and course. */
export interface ScheduledSessionRow extends ScheduledSession {
  title: string;
  /** The session's own venue (null: the cohort's). */
  ownVenue: string | null;
  gestion: number;
  edition: number;
  parallel: string;
  cohortStatus: CohortStatus;
  courseId: string;
  courseCode: string;
  courseTitle: string;
  facilitators: CohortFacilitatorDto[];
}

export interface ScheduledSessionFilter {
  cohortId?: string;
  sessionIds?: readonly string[];
  excludeCohortId?: string;
  /** Sessions overlapping any of these spans. */
  overlapping?: readonly { startsAt: string; endsAt: string }[];
  /** Sessions overlapping [from, to). */
  range?: { from: string; to: string };
  /** Only cohorts this person facilitates. */
  facilitatorId?: string;
}

interface RawSessionRow {
  online: boolean;
  id: string;
  cohort_id: string;
  starts_at: Date;
  ends_at: Date;
  title: string;
  own_venue: string | null;
  venue: string | null;
  gestion: number;
  edition: number;
  parallel: string;
  cohort_status: CohortStatus;
  course_id: string;
  course_code: string;
  course_title: string;
  facilitators: CohortFacilitatorDto[];
}

const FACILITATORS_JSON = (cohortAlias: string) => `COALESCE((
  SELECT json_agg(json_build_object('id', u.id, 'name', u.first_names || ' ' || u.last_names) ORDER BY u.last_names, u.first_names, u.id)
  FROM cohort_facilitators cf JOIN users u ON u.id = cf.user_id WHERE cf.cohort_id = ${cohortAlias}.id), '[]'::json)`;

/** The read queries of cohorts that span several tables (counts, names, sessions with their cohort). */
@Injectable()
export class CohortsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Facilitators (id and full name, by surname) of each cohort. */
  async facilitatorsByCohort(cohortIds: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, CohortFacilitatorDto[]>> {
    const result = new Map<string, CohortFacilitatorDto[]>(cohortIds.map((id) => [id, []]));
    if (cohortIds.length === 0) return result;
    const rows: { cohort_id: string; id: string; name: string }[] = await manager.query(
      `SELECT cf.cohort_id, u.id, u.first_names || ' ' || u.last_names AS name
       FROM cohort_facilitators cf JOIN users u ON u.id = cf.user_id
       WHERE cf.cohort_id = ANY($1::uuid[]) ORDER BY u.last_names, u.first_names, u.id`,
      [cohortIds],
    );
    for (const row of rows) result.get(row.cohort_id)?.push({ id: row.id, name: row.name });
    return result;
  }

  /** Seats taken (enrolments in a seat-holding state) of each cohort. */
  async seatsTaken(cohortIds: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, number>> {
    return this.countBy(
      `SELECT cohort_id, count(*)::int AS n FROM enrolments WHERE cohort_id = ANY($1::uuid[]) AND status = ANY($2::text[]) GROUP BY cohort_id`,
      cohortIds,
      [SEAT_HOLDING_STATUSES],
      manager,
    );
  }

  async sessionCounts(cohortIds: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, number>> {
    return this.countBy(`SELECT cohort_id, count(*)::int AS n FROM cohort_sessions WHERE cohort_id = ANY($1::uuid[]) GROUP BY cohort_id`, cohortIds, [], manager);
  }

  /** The version number a cohort is pinned to. */
  async versionNumber(versionId: string, manager: EntityManager = this.dataSource.manager): Promise<number> {
    const [row]: { number: number }[] = await manager.query(`SELECT number FROM course_versions WHERE id = $1`, [versionId]);
    return row?.number ?? 0;
  }

  /** The course's latest content version, which a new cohort is pinned to. */
  async latestVersionId(courseId: string, manager: EntityManager = this.dataSource.manager): Promise<string | null> {
    const [row]: { id: string }[] = await manager.query(
      `SELECT id FROM course_versions WHERE course_id = $1 ORDER BY number DESC LIMIT 1`,
      [courseId],
    );
    return row?.id ?? null;
  }

  /** The next free versión of a course in a gestión. */
  async nextEdition(courseId: string, gestion: number, manager: EntityManager = this.dataSource.manager): Promise<number> {
    const [row]: { next: number }[] = await manager.query(
      `SELECT COALESCE(max(edition), 0)::int + 1 AS next FROM cohorts WHERE course_id = $1 AND gestion = $2`,
      [courseId, gestion],
    );
    return row.next;
  }

  /** Whether another cohort of the course already has this gestión, versión and paralelo. */
  async editionTaken(
    key: { courseId: string; gestion: number; edition: number; parallel: string },
    exceptId: string | null,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM cohorts WHERE course_id = $1 AND gestion = $2 AND edition = $3 AND parallel = $4 AND ($5::uuid IS NULL OR id <> $5::uuid)`,
      [key.courseId, key.gestion, key.edition, key.parallel, exceptId],
    );
    return rows.length > 0;
  }

  /** Of the given people, those who are active and hold the facilitator role. */
  async activeFacilitatorIds(userIds: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Set<string>> {
    if (userIds.length === 0) return new Set();
    const rows: { id: string }[] = await manager.query(
      `SELECT id FROM users WHERE id = ANY($1::uuid[]) AND active AND 'facilitator' = ANY(roles)`,
      [userIds],
    );
    return new Set(rows.map((row) => row.id));
  }

  /**
   * Sessions of cohorts that are not cancelled, with their cohort's facilitators and effective
   * venue, by start time.
   */
  async scheduledSessions(filter: ScheduledSessionFilter, manager: EntityManager = this.dataSource.manager): Promise<ScheduledSessionRow[]> {
    const where = [`c.status <> 'cancelled'`];
    const parameters: unknown[] = [];
    const parameter = (value: unknown) => {
      parameters.push(value);
      return `$${parameters.length}`;
    };
    if (filter.cohortId) where.push(`s.cohort_id = ${parameter(filter.cohortId)}`);
    if (filter.sessionIds) where.push(`s.id = ANY(${parameter(filter.sessionIds)}::uuid[])`);
    if (filter.excludeCohortId) where.push(`s.cohort_id <> ${parameter(filter.excludeCohortId)}`);
    if (filter.overlapping) {
      if (filter.overlapping.length === 0) return [];
      const starts = parameter(filter.overlapping.map((span) => span.startsAt));
      const ends = parameter(filter.overlapping.map((span) => span.endsAt));
      where.push(`EXISTS (SELECT 1 FROM unnest(${starts}::timestamptz[], ${ends}::timestamptz[]) AS span(starts_at, ends_at)
        WHERE s.starts_at < span.ends_at AND span.starts_at < s.ends_at)`);
    }
    if (filter.range) {
      where.push(`s.starts_at < ${parameter(filter.range.to)}::timestamptz AND s.ends_at > ${parameter(filter.range.from)}::timestamptz`);
    }
    if (filter.facilitatorId) {
      where.push(`EXISTS (SELECT 1 FROM cohort_facilitators mine WHERE mine.cohort_id = c.id AND mine.user_id = ${parameter(filter.facilitatorId)})`);
    }
    const rows: RawSessionRow[] = await manager.query(
      `SELECT s.id, s.cohort_id, s.starts_at, s.ends_at, s.title, s.venue AS own_venue, COALESCE(s.venue, c.venue) AS venue,
              c.gestion, c.edition, c.parallel, c.status AS cohort_status, c.modality = 'online' AS online,
              co.id AS course_id, co.code AS course_code, co.title AS course_title,
              ${FACILITATORS_JSON('c')} AS facilitators
       FROM cohort_sessions s
       JOIN cohorts c ON c.id = s.cohort_id
       JOIN courses co ON co.id = c.course_id
       WHERE ${where.join(' AND ')}
       ORDER BY s.starts_at, s.ends_at, s.id`,
      parameters,
    );
    return rows.map((row) => ({
      id: row.id,
      cohortId: row.cohort_id,
      startsAt: row.starts_at.toISOString(),
      endsAt: row.ends_at.toISOString(),
      title: row.title,
      ownVenue: row.own_venue,
      venue: row.venue,
      gestion: row.gestion,
      edition: row.edition,
      parallel: row.parallel,
      cohortStatus: row.cohort_status,
      online: row.online,
      courseId: row.course_id,
      courseCode: row.course_code,
      courseTitle: row.course_title,
      facilitators: row.facilitators,
      facilitatorIds: row.facilitators.map((f) => f.id),
    }));
  }

  private async countBy(sql: string, cohortIds: readonly string[], extra: unknown[], manager: EntityManager): Promise<Map<string, number>> {
    const result = new Map<string, number>(cohortIds.map((id) => [id, 0]));
    if (cohortIds.length === 0) return result;
    const rows: { cohort_id: string; n: number }[] = await manager.query(sql, [cohortIds, ...extra]);
    for (const row of rows) result.set(row.cohort_id, row.n);
    return result;
  }
}
