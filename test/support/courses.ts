import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { Response } from 'superagent';
import { makeUser } from './test-app';
import type { TestContext } from './test-app';

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

/** Field names of a problem's errors, in order. */
export const fieldsOf = (body: { errors?: { field: string }[] }) => (body.errors ?? []).map((e) => e.field);

/** A unique course code that matches COURSE_CODE_PATTERN. */
export const uniqueCourseCode = (prefix = 'T') => `${prefix}-${randomUUID().replace(/-/g, '').slice(0, 10).toUpperCase()}`;

export interface FrameworkBranch {
  areaId: string;
  subAreaId: string;
  /** Another sub-area, of another area. */
  foreignSubAreaId: string;
  competencyIds: [string, string];
  retiredCompetencyId: string;
  retiredAreaId: string;
  areaCode: string;
}

/**
 * A private corner of the competency framework (unique codes), so tests do not depend on the
 * default seed that other test files may edit: an area with a sub-area and two competencies, a
 * retired competency, a retired area, and a sub-area of another area.
 */
export const makeFrameworkBranch = async (db: DataSource): Promise<FrameworkBranch> => {
  const tag = randomUUID().slice(0, 6).toUpperCase();
  const insert = async (kind: string, code: string, parentId: string | null, name: string, retired = false): Promise<string> => {
    const [row] = await db.query(
      `INSERT INTO competency_items (kind, code, parent_id, name, retired_at) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [kind, code, parentId, name, retired ? new Date() : null],
    );
    return row.id;
  };
  const areaCode = `X${tag}`;
  const areaId = await insert('area', areaCode, null, `Área de prueba ${tag} gestión hídrica`);
  const subAreaId = await insert('sub_area', `${areaCode}.1`, areaId, `Sub-área ${tag} cuencas`);
  const first = await insert('competency', `${areaCode}.1.1`, subAreaId, `Competencia ${tag} uno`);
  const second = await insert('competency', `${areaCode}.1.2`, subAreaId, `Competencia ${tag} dos`);
  const retiredCompetencyId = await insert('competency', `${areaCode}.1.3`, subAreaId, `Competencia ${tag} retirada`, true);
  const retiredAreaId = await insert('area', `Y${tag}`, null, `Área retirada ${tag}`, true);
  const otherAreaId = await insert('area', `Z${tag}`, null, `Otra área ${tag}`);
  const foreignSubAreaId = await insert('sub_area', `Z${tag}.1`, otherAreaId, `Sub-área ajena ${tag}`);
  return { areaId, subAreaId, foreignSubAreaId, competencyIds: [first, second], retiredCompetencyId, retiredAreaId, areaCode };
};

/** A valid POST /api/courses body in the branch. */
export const coursePayload = (branch: FrameworkBranch, overrides: Record<string, unknown> = {}) => ({
  code: uniqueCourseCode(),
  title: 'Gestión integral de cuencas',
  summary: 'Manejo de cuencas para técnicos municipales',
  description: '## Objetivos\n\nConocer la **normativa** de cuencas.',
  areaId: branch.areaId,
  subAreaId: branch.subAreaId,
  modality: 'blended',
  workloadHours: 40,
  sdgTargets: ['6.5', '11.b', '6.5'],
  competencies: [{ competencyId: branch.competencyIds[0], level: 2 }],
  ...overrides,
});

/** Makes a participant hold a seat (an `enrolled` enrolment) in a cohort. */
export const holdSeat = async (db: DataSource, cohortId: string): Promise<void> => {
  const participant = await makeUser(db, ['participant']);
  await db.query(`INSERT INTO enrolments (cohort_id, user_id, status) VALUES ($1, $2, 'enrolled')`, [cohortId, participant.id]);
};

export const addFacilitator = async (db: DataSource, cohortId: string, userId: string): Promise<void> => {
  await db.query(`INSERT INTO cohort_facilitators (cohort_id, user_id) VALUES ($1, $2)`, [cohortId, userId]);
};

/**
 * Everything of a content version that an edit could change, ids included, in a stable order:
 * compare before and after a refused request to prove nothing changed.
 */
export const versionSnapshot = async (db: DataSource, versionId: string) => ({
  modules: await db.query(`SELECT id, position, title, summary, updated_at FROM course_modules WHERE version_id = $1 ORDER BY position`, [versionId]),
  activities: await db.query(
    `SELECT a.id, a.module_id, a.position, a.kind, a.title, a.required, a.body, a.video_url, a.file_key, a.file_name, a.max_attempts,
       a.passing_score, a.updated_at
     FROM course_activities a JOIN course_modules m ON m.id = a.module_id WHERE m.version_id = $1 ORDER BY m.position, a.position`,
    [versionId],
  ),
  questions: await db.query(
    `SELECT q.id, q.activity_id, q.position, q.kind, q.prompt, q.options, q.accepted_answers, q.points
     FROM quiz_questions q JOIN course_activities a ON a.id = q.activity_id JOIN course_modules m ON m.id = a.module_id
     WHERE m.version_id = $1 ORDER BY m.position, a.position, q.position`,
    [versionId],
  ),
});

/** The content of a version without ids (to compare a copy with its original). */
export const contentShape = (content: {
  modules: { title: string; summary: string; position: number; activities: Record<string, unknown>[] }[];
}) =>
  content.modules.map((m) => ({
    position: m.position,
    title: m.title,
    summary: m.summary,
    activities: m.activities.map(({ id: _id, moduleId: _moduleId, questions, ...activity }) => ({
      ...activity,
      questions: (questions as Record<string, unknown>[]).map(({ id: _qid, ...question }) => question),
    })),
  }));

/** Reads a response body as raw bytes (for file downloads). */
export const binaryParser = (response: Response, callback: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  response.on('data', (chunk: Buffer) => chunks.push(chunk));
  response.on('end', () => callback(null, Buffer.concat(chunks)));
};

/** A small but real PDF (one empty page). */
export const samplePdf = (): Buffer =>
  Buffer.from(
    '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
      '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n' +
      // binary bytes too, so a text-mode mistake would show
      '\u0000\u00ff\u0080',
    'latin1',
  );

/** Adds a module through the API and returns its id. */
export const apiAddModule = async (ctx: TestContext, token: string, courseId: string, title: string): Promise<string> => {
  const response = await ctx.http().post(`/api/courses/${courseId}/modules`).set(bearer(token)).send({ title });
  if (response.status !== 201) throw new Error(`module: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body.id;
};

/** Adds an activity through the API and returns its id. */
export const apiAddActivity = async (ctx: TestContext, token: string, moduleId: string, body: Record<string, unknown>): Promise<string> => {
  const response = await ctx.http().post(`/api/course-modules/${moduleId}/activities`).set(bearer(token)).send(body);
  if (response.status !== 201) throw new Error(`activity: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body.id;
};
