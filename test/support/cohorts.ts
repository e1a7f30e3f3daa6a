import type { DataSource } from 'typeorm';
import type { MadeUser } from './test-app';
import { makeUser } from './test-app';

/** yyyy-mm-dd in La Paz (UTC-4), `days` from today. */
export const laPazDay = (days = 0): string => new Date(Date.now() - 4 * 3600_000 + days * 86400_000).toISOString().slice(0, 10);

/** The instant of a La Paz date and time, as the SPA sends it: `2035-03-05T08:00:00-04:00`. */
export const laPaz = (date: string, time: string): string => `${date}T${time}:00-04:00`;

/** A valid body for POST /courses/:id/cohorts, starting in a month. */
export const cohortBody = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  gestion: Number(laPazDay(30).slice(0, 4)),
  startsOn: laPazDay(30),
  endsOn: laPazDay(60),
  enrolmentOpensOn: laPazDay(0),
  enrolmentClosesOn: laPazDay(25),
  capacity: 30,
  venue: 'Aula EGM 1',
  ...overrides,
});

/** A user with the facilitator role (and any other roles given). */
export const makeFacilitator = (db: DataSource, options: { active?: boolean; alsoRoles?: ('coordinator' | 'admin')[] } = {}): Promise<MadeUser> =>
  makeUser(db, ['facilitator', ...(options.alsoRoles ?? [])], { active: options.active });

/** Assigns facilitators to a cohort directly. */
export const setCohortFacilitators = async (db: DataSource, cohortId: string, userIds: string[]): Promise<void> => {
  await db.query(`DELETE FROM cohort_facilitators WHERE cohort_id = $1`, [cohortId]);
  for (const userId of userIds) await db.query(`INSERT INTO cohort_facilitators (cohort_id, user_id) VALUES ($1, $2)`, [cohortId, userId]);
};

/** Inserts a session directly (no rules checked). */
export const insertSession = async (
  db: DataSource,
  cohortId: string,
  startsAt: string,
  endsAt: string,
  overrides: { title?: string; venue?: string | null } = {},
): Promise<string> => {
  const [row] = await db.query(
    `INSERT INTO cohort_sessions (cohort_id, starts_at, ends_at, title, venue) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [cohortId, startsAt, endsAt, overrides.title ?? 'Sesión', overrides.venue ?? null],
  );
  return row.id;
};

/** Inserts `count` enrolments with a status, each for a new participant. */
export const insertEnrolments = async (db: DataSource, cohortId: string, count: number, status: string): Promise<void> => {
  for (let i = 0; i < count; i += 1) {
    const participant = await makeUser(db, ['participant']);
    await db.query(`INSERT INTO enrolments (cohort_id, user_id, status) VALUES ($1, $2, $3)`, [cohortId, participant.id, status]);
  }
};

export const countRows = async (db: DataSource, sql: string, parameters: unknown[] = []): Promise<number> =>
  Number((await db.query(`SELECT count(*)::int AS n FROM ${sql}`, parameters))[0].n);

/** The full name the API shows for a test user (makeUser: first names "Prueba"). */
export const nameOf = async (db: DataSource, userId: string): Promise<string> =>
  (await db.query(`SELECT first_names || ' ' || last_names AS name FROM users WHERE id = $1`, [userId]))[0].name;
