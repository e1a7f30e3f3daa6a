import type { DataSource } from 'typeorm';
import { makeUser } from './test-app';
import type { MadeUser } from './test-app';

/** An enrolment of a new participant (or the given one) in a cohort, with a status; inserted directly. */
export const makeEnrolment = async (
  db: DataSource,
  cohortId: string,
  status: string,
  options: { user?: MadeUser; municipalityId?: string | null; gender?: string } = {},
): Promise<{ id: string; user: MadeUser }> => {
  const user = options.user ?? (await makeUser(db, ['participant'], { municipalityId: options.municipalityId, gender: options.gender }));
  const [row] = await db.query(`INSERT INTO enrolments (cohort_id, user_id, status) VALUES ($1, $2, $3) RETURNING id`, [cohortId, user.id, status]);
  return { id: row.id, user };
};

/** A module with one required page activity in a content version; returns the activity's id. */
export const addRequiredPage = async (db: DataSource, versionId: string, position = 1): Promise<string> => {
  const [{ id: moduleId }] = await db.query(
    `INSERT INTO course_modules (version_id, position, title, summary) VALUES ($1, $2, 'Módulo', '') RETURNING id`,
    [versionId, position],
  );
  const [{ id }] = await db.query(
    `INSERT INTO course_activities (module_id, position, kind, title, required, body, estimated_minutes)
     VALUES ($1, 1, 'page', 'Lectura', true, 'Texto', 10) RETURNING id`,
    [moduleId],
  );
  return id;
};

/** A quiz activity (required) in a new module of the version; returns its id. */
export const addRequiredQuiz = async (db: DataSource, versionId: string, position = 2): Promise<string> => {
  const [{ id: moduleId }] = await db.query(
    `INSERT INTO course_modules (version_id, position, title, summary) VALUES ($1, $2, 'Evaluación', '') RETURNING id`,
    [versionId, position],
  );
  const [{ id }] = await db.query(
    `INSERT INTO course_activities (module_id, position, kind, title, required, max_attempts, passing_score, estimated_minutes)
     VALUES ($1, 1, 'quiz', 'Cuestionario', true, 3, 70, 10) RETURNING id`,
    [moduleId],
  );
  return id;
};

/** Progress of an enrolment in an activity, written directly. */
export const setProgress = async (db: DataSource, enrolmentId: string, activityId: string, status: string, bestScore: number | null = null): Promise<void> => {
  await db.query(
    `INSERT INTO activity_progress (enrolment_id, activity_id, status, best_score, completed_at)
     VALUES ($1, $2, $3::varchar, $4, CASE WHEN $3::varchar = 'completed' THEN now() END)`,
    [enrolmentId, activityId, status, bestScore],
  );
};

/** An attendance mark written directly (no rule applied). */
export const setMark = async (db: DataSource, sessionId: string, enrolmentId: string, status: string): Promise<void> => {
  await db.query(`INSERT INTO attendance (session_id, enrolment_id, status) VALUES ($1, $2, $3)`, [sessionId, enrolmentId, status]);
};

/** The marks of a session: enrolment id → status (and note). */
export const marksOf = async (db: DataSource, sessionId: string): Promise<Record<string, { status: string; note: string | null }>> => {
  const rows: { enrolment_id: string; status: string; note: string | null }[] = await db.query(
    `SELECT enrolment_id, status, note FROM attendance WHERE session_id = $1`,
    [sessionId],
  );
  return Object.fromEntries(rows.map((row) => [row.enrolment_id, { status: row.status, note: row.note }]));
};

export const statusOf = async (db: DataSource, enrolmentId: string): Promise<string> =>
  (await db.query(`SELECT status FROM enrolments WHERE id = $1`, [enrolmentId]))[0].status;

/** An ISO instant `hours` from now. */
export const hoursFromNow = (hours: number): string => new Date(Date.now() + hours * 3600_000).toISOString();
