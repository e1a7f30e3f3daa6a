import { randomInt } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { QuestionKind } from '@campus/domain';
import { refreshCourseSearchDocument } from '../../apps/api/src/modules/courses/course-search-document';
import { frameworkItemId } from './test-app';

/** yyyy-mm-dd in La Paz (UTC-4), `days` from today. */
export const laPazDay = (days = 0): string => new Date(Date.now() - 4 * 3600_000 + days * 86400_000).toISOString().slice(0, 10);

/**
 * A word of random letters to put in titles, so a search finds exactly this test's courses
 * (the run's database is shared by every test file).
 */
export const uniqueWord = (prefix = 'zq'): string =>
  prefix + Array.from({ length: 10 }, () => String.fromCharCode(97 + randomInt(26))).join('');

export const setDescription = async (db: DataSource, courseId: string, description: string): Promise<void> => {
  await db.query(`UPDATE courses SET description = $2 WHERE id = $1`, [courseId, description]);
};

/** Links competencies (by framework code) at a level and refreshes the course's search document. */
export const grantCompetencies = async (db: DataSource, courseId: string, competencies: [code: string, level: number][]): Promise<void> => {
  for (const [code, level] of competencies) {
    await db.query(`INSERT INTO course_competencies (course_id, competency_id, level) VALUES ($1, $2, $3)`, [
      courseId,
      await frameworkItemId(db, code),
      level,
    ]);
  }
  await refreshCourseSearchDocument(db.manager, courseId);
};

export const addPrerequisite = async (db: DataSource, courseId: string, prerequisiteId: string): Promise<void> => {
  await db.query(`INSERT INTO course_prerequisites (course_id, prerequisite_id) VALUES ($1, $2)`, [courseId, prerequisiteId]);
};

export const addVersion = async (db: DataSource, courseId: string, number: number): Promise<string> => {
  const [row] = await db.query(`INSERT INTO course_versions (course_id, number) VALUES ($1, $2) RETURNING id`, [courseId, number]);
  return row.id;
};

export interface TestQuestion {
  kind: QuestionKind;
  prompt: string;
  options?: { id: string; text: string; correct: boolean }[];
  acceptedAnswers?: string[];
}

/** A module with a page, a video and (optionally) a quiz with questions, in a content version. */
export const addModule = async (
  db: DataSource,
  versionId: string,
  module: { position: number; title: string; quiz?: TestQuestion[] },
): Promise<void> => {
  const [{ id: moduleId }] = await db.query(
    `INSERT INTO course_modules (version_id, position, title, summary) VALUES ($1, $2, $3, 'Resumen del módulo') RETURNING id`,
    [versionId, module.position, module.title],
  );
  await db.query(
    `INSERT INTO course_activities (module_id, position, kind, title, required, body, estimated_minutes)
     VALUES ($1, 1, 'page', 'Lectura', true, 'Texto de la lectura', 30)`,
    [moduleId],
  );
  await db.query(
    `INSERT INTO course_activities (module_id, position, kind, title, required, video_url, estimated_minutes)
     VALUES ($1, 2, 'video', 'Video de apoyo', false, 'https://www.youtube.com/watch?v=abcdefghijk', 10)`,
    [moduleId],
  );
  if (!module.quiz) return;
  const [{ id: quizId }] = await db.query(
    `INSERT INTO course_activities (module_id, position, kind, title, required, max_attempts, passing_score, estimated_minutes)
     VALUES ($1, 3, 'quiz', 'Evaluación', true, 2, 70, 20) RETURNING id`,
    [moduleId],
  );
  for (const [index, question] of module.quiz.entries()) {
    await db.query(
      `INSERT INTO quiz_questions (activity_id, position, kind, prompt, options, accepted_answers) VALUES ($1, $2, $3, $4, $5::jsonb, $6)`,
      [quizId, index + 1, question.kind, question.prompt, JSON.stringify(question.options ?? []), question.acceptedAnswers ?? []],
    );
  }
};

/** Points a cohort at another content version. */
export const useVersion = async (db: DataSource, cohortId: string, versionId: string): Promise<void> => {
  await db.query(`UPDATE cohorts SET course_version_id = $2 WHERE id = $1`, [cohortId, versionId]);
};

export const enrol = async (db: DataSource, cohortId: string, userId: string, status: string): Promise<void> => {
  await db.query(`INSERT INTO enrolments (cohort_id, user_id, status) VALUES ($1, $2, $3)`, [cohortId, userId, status]);
};

export const addFacilitator = async (db: DataSource, cohortId: string, userId: string): Promise<void> => {
  await db.query(`INSERT INTO cohort_facilitators (cohort_id, user_id) VALUES ($1, $2)`, [cohortId, userId]);
};

export const addSession = async (db: DataSource, cohortId: string, session: { startsAt: string; endsAt: string; title: string; venue?: string | null }) => {
  await db.query(`INSERT INTO cohort_sessions (cohort_id, starts_at, ends_at, title, venue) VALUES ($1, $2, $3, $4, $5)`, [
    cohortId,
    session.startsAt,
    session.endsAt,
    session.title,
    session.venue ?? null,
  ]);
};
