import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { makeCohort, makeCourse, makeUser } from './test-app';
import type { MadeUser } from './test-app';

export interface LearningCourse {
  courseId: string;
  versionId: string;
  cohortId: string;
  pageId: string;
  videoId: string;
  fileId: string;
  quizId: string;
  /** single choice (b right, 1 point), multiple choice (a+c, 2 points), true/false (false, 1 point), short answer (POA, 1 point). */
  questions: { single: string; multiple: string; trueFalse: string; short: string };
  competencyIds: string[];
}

/**
 * A published course with one module: a required page, an optional video, an optional file and a
 * required quiz with one question of each kind (5 points in all), and a cohort of it. The course
 * grants `competencies` (ids, each at level 2).
 */
export const makeLearningCourse = async (
  db: DataSource,
  options: { modality?: 'online' | 'in_person' | 'blended'; maxAttempts?: number | null; quizPassingScore?: number | null; competencyIds?: string[] } = {},
): Promise<LearningCourse> => {
  const modality = options.modality ?? 'online';
  const course = await makeCourse(db, { modality });
  const cohort = await makeCohort(db, course, { modality, venue: null });
  const [{ id: moduleId }] = await db.query(
    `INSERT INTO course_modules (version_id, position, title, summary) VALUES ($1, 1, 'Módulo 1: el POA', 'Planificación anual') RETURNING id`,
    [course.versionId],
  );
  const activity = async (position: number, kind: string, title: string, required: boolean, extra: Record<string, unknown> = {}) => {
    const [row] = await db.query(
      `INSERT INTO course_activities (module_id, position, kind, title, required, body, video_url, max_attempts, passing_score, estimated_minutes)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 15) RETURNING id`,
      [moduleId, position, kind, title, required, extra.body ?? '', extra.videoUrl ?? null, extra.maxAttempts ?? null, extra.passingScore ?? null],
    );
    return row.id as string;
  };
  const pageId = await activity(1, 'page', 'Lectura del POA', true, { body: '## El POA\n\nTexto con <script>alert(1)</script> y [enlace](https://egm.lapaz.bo).' });
  const videoId = await activity(2, 'video', 'Video de apoyo', false, { videoUrl: 'https://www.youtube.com/watch?v=abcdefghijk' });
  const fileId = await activity(3, 'file', 'Guía en PDF', false);
  const quizId = await activity(4, 'quiz', 'Evaluación del módulo', true, {
    maxAttempts: options.maxAttempts === undefined ? 3 : options.maxAttempts,
    passingScore: options.quizPassingScore === undefined ? 70 : options.quizPassingScore,
  });
  const question = async (position: number, kind: string, options: unknown[], accepted: string[], points: number, feedback: string | null) => {
    const [row] = await db.query(
      `INSERT INTO quiz_questions (activity_id, position, kind, prompt, options, accepted_answers, points, feedback)
       VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7, $8) RETURNING id`,
      [quizId, position, kind, `Pregunta ${position}`, JSON.stringify(options), accepted, points, feedback],
    );
    return row.id as string;
  };
  const questions = {
    single: await question(1, 'single_choice', [{ id: 'a', text: 'Un plan de 5 años', correct: false }, { id: 'b', text: 'Un plan de un año', correct: true }], [], 1, 'El POA es anual.'),
    multiple: await question(2, 'multiple_choice', [
      { id: 'a', text: 'Objetivos', correct: true }, { id: 'b', text: 'Chistes', correct: false }, { id: 'c', text: 'Presupuesto', correct: true },
    ], [], 2, null),
    trueFalse: await question(3, 'true_false', [{ id: 'true', text: 'Verdadero', correct: false }, { id: 'false', text: 'Falso', correct: true }], [], 1, null),
    short: await question(4, 'short_answer', [], ['Plan Operativo Anual', 'POA'], 1, 'Se escribe «POA».'),
  };
  const competencyIds = options.competencyIds ?? [];
  for (const competencyId of competencyIds) {
    await db.query(`INSERT INTO course_competencies (course_id, competency_id, level) VALUES ($1, $2, 2)`, [course.id, competencyId]);
  }
  return { courseId: course.id, versionId: course.versionId, cohortId: cohort.id, pageId, videoId, fileId, quizId, questions, competencyIds };
};

/** A new participant with an enrolment of `status` in the cohort. */
export const makeLearner = async (
  db: DataSource,
  cohortId: string,
  status = 'enrolled',
  options: { municipalityId?: string | null } = {},
): Promise<MadeUser & { enrolmentId: string }> => {
  const user = await makeUser(db, ['participant'], options);
  const [row] = await db.query(
    `INSERT INTO enrolments (cohort_id, user_id, status, enrolled_at) VALUES ($1, $2, $3::varchar, CASE WHEN $3::varchar IN ('enrolled', 'in_progress') THEN now() END) RETURNING id`,
    [cohortId, user.id, status],
  );
  return { ...user, enrolmentId: row.id };
};

/** All answers right. */
export const rightAnswers = (q: LearningCourse['questions']) => [
  { questionId: q.single, optionIds: ['b'] },
  { questionId: q.multiple, optionIds: ['c', 'a'] },
  { questionId: q.trueFalse, value: false },
  { questionId: q.short, text: '  plan operativo ANUAL ' },
];

/** Only the single-choice and short answers right: 2 of 5 points = 40. */
export const partlyRightAnswers = (q: LearningCourse['questions']) => [
  { questionId: q.single, optionIds: ['b'] },
  { questionId: q.multiple, optionIds: ['a'] },
  { questionId: q.trueFalse, optionIds: ['true'] },
  { questionId: q.short, text: 'póa' },
];

export const newAttemptId = (): string => randomUUID();
