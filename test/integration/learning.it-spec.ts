import { randomUUID } from 'node:crypto';
import { StorageService } from '../../apps/api/src/common/storage/storage.service';
import { countRows } from '../support/cohorts';
import { binaryParser, makeFrameworkBranch, samplePdf } from '../support/courses';
import { makeLearner, makeLearningCourse, newAttemptId, partlyRightAnswers, rightAnswers } from '../support/learning';
import type { LearningCourse } from '../support/learning';
import { createTestApp, login, makeUser } from '../support/test-app';
import type { TestContext } from '../support/test-app';

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
const fields = (body: { errors?: { field: string }[] }) => (body.errors ?? []).map((e) => e.field);

describe('taking modules: the course player, progress and quizzes (real PostgreSQL)', () => {
  let ctx: TestContext;

  beforeAll(async () => {
    ctx = await createTestApp();
  });
  afterAll(() => ctx.close());

  const base = (enrolmentId: string) => `/api/learning/enrolments/${enrolmentId}`;
  const saveProgress = (token: string, enrolmentId: string, activityId: string, body: Record<string, unknown>) =>
    ctx.http().put(`${base(enrolmentId)}/activities/${activityId}/progress`).set(bearer(token)).send(body);
  const submit = (token: string, enrolmentId: string, activityId: string, body: Record<string, unknown>) =>
    ctx.http().post(`${base(enrolmentId)}/activities/${activityId}/attempts`).set(bearer(token)).send(body);
  const progressRows = (enrolmentId: string, activityId: string) =>
    ctx.db.query(`SELECT status, time_spent_seconds, position, completed_at FROM activity_progress WHERE enrolment_id = $1 AND activity_id = $2`, [
      enrolmentId,
      activityId,
    ]);

  describe('progress saves survive a flaky connection', () => {
    let course: LearningCourse;
    let learner: Awaited<ReturnType<typeof makeLearner>>;
    let token: string;

    beforeAll(async () => {
      course = await makeLearningCourse(ctx.db);
      learner = await makeLearner(ctx.db, course.cohortId);
      token = (await login(ctx, learner)).token;
    });

    it('the same write sent 5 times at once leaves one row with everything in it, and starts the enrolment', async () => {
      const responses = await Promise.all(
        Array.from({ length: 5 }, () => saveProgress(token, learner.enrolmentId, course.videoId, { status: 'completed', timeSpentSeconds: 120, position: { seconds: 95 } })),
      );
      expect(responses.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
      for (const response of responses) {
        expect(response.body).toMatchObject({ activityId: course.videoId, status: 'completed', timeSpentSeconds: 120, position: { seconds: 95 }, enrolmentStatus: 'in_progress' });
      }
      const rows = await progressRows(learner.enrolmentId, course.videoId);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ status: 'completed', time_spent_seconds: 120, position: { seconds: 95 } });
      const completedAt = rows[0].completed_at;
      expect(completedAt).toBeInstanceOf(Date);
      const [enrolment] = await ctx.db.query(`SELECT status, started_at, last_activity_id FROM enrolments WHERE id = $1`, [learner.enrolmentId]);
      expect(enrolment).toMatchObject({ status: 'in_progress', last_activity_id: course.videoId });
      expect(enrolment.started_at).toBeInstanceOf(Date);

      // A late, older write: status and time never move back, the first completion instant stays.
      const late = await saveProgress(token, learner.enrolmentId, course.videoId, { status: 'in_progress', timeSpentSeconds: 60, position: { seconds: 10 } });
      expect(late.status).toBe(200);
      expect(late.body).toMatchObject({ status: 'completed', timeSpentSeconds: 120, position: { seconds: 95 } });
      const [after] = await progressRows(learner.enrolmentId, course.videoId);
      expect(after).toMatchObject({ status: 'completed', time_spent_seconds: 120, position: { seconds: 95 } });
      expect(after.completed_at.getTime()).toBe(completedAt.getTime());
    });

    it('out-of-order time writes keep the largest total, and a write without a status never lowers it', async () => {
      const writes = [300, 100, 250, 50].map((seconds) => saveProgress(token, learner.enrolmentId, course.pageId, { timeSpentSeconds: seconds }));
      expect((await Promise.all(writes)).map((r) => r.status)).toEqual([200, 200, 200, 200]);
      expect(await progressRows(learner.enrolmentId, course.pageId)).toEqual([
        { status: 'in_progress', time_spent_seconds: 300, position: null, completed_at: null },
      ]);
      expect(await countRows(ctx.db, 'activity_progress WHERE enrolment_id = $1', [learner.enrolmentId])).toBe(2);
    });

    it('refuses to mark a quiz completed by hand, bad values naming the field, and activities of other content', async () => {
      const quiz = await saveProgress(token, learner.enrolmentId, course.quizId, { status: 'completed' });
      expect(quiz.status).toBe(400);
      expect(fields(quiz.body)).toEqual(['status']);
      const cases: [Record<string, unknown>, string][] = [
        [{ status: 'failed' }, 'status'],
        [{ timeSpentSeconds: -1 }, 'timeSpentSeconds'],
        [{ timeSpentSeconds: 1.5 }, 'timeSpentSeconds'],
        [{ position: 'arriba' }, 'position'],
        [{ position: { text: 'x'.repeat(3000) } }, 'position'],
        [{ score: 100 }, 'score'],
      ];
      for (const [body, field] of cases) {
        const response = await saveProgress(token, learner.enrolmentId, course.pageId, body);
        expect({ body, status: response.status, fields: fields(response.body) }).toEqual({ body, status: 400, fields: [field] });
      }
      const other = await makeLearningCourse(ctx.db);
      expect((await saveProgress(token, learner.enrolmentId, other.pageId, { timeSpentSeconds: 5 })).status).toBe(404);
      expect(await countRows(ctx.db, 'activity_progress WHERE activity_id = $1', [other.pageId])).toBe(0);
    });
  });

  describe('the outline and the content', () => {
    let course: LearningCourse;
    let learner: Awaited<ReturnType<typeof makeLearner>>;
    let token: string;

    beforeAll(async () => {
      course = await makeLearningCourse(ctx.db);
      learner = await makeLearner(ctx.db, course.cohortId);
      token = (await login(ctx, learner)).token;
    });

    it('lists "Mi aprendizaje" with progress and where to resume, and the outline in order', async () => {
      const list = await ctx.http().get('/api/learning/enrolments').set(bearer(token));
      expect(list.status).toBe(200);
      expect(list.body).toHaveLength(1);
      expect(list.body[0]).toMatchObject({
        id: learner.enrolmentId, status: 'enrolled', progressPercent: 0, resumeActivityId: course.pageId, canOpen: true, readOnly: false,
        course: { id: course.courseId }, cohort: { id: course.cohortId, modality: 'online' },
        completion: { met: false, activitiesMet: false, requiredActivities: 2, requiredDone: 0, passingScore: 70, attendanceRequired: false },
      });
      await saveProgress(token, learner.enrolmentId, course.pageId, { status: 'completed', timeSpentSeconds: 30 });
      await saveProgress(token, learner.enrolmentId, course.videoId, { timeSpentSeconds: 30 });

      const outline = await ctx.http().get(base(learner.enrolmentId)).set(bearer(token));
      expect(outline.status).toBe(200);
      expect(outline.body).toMatchObject({ status: 'in_progress', progressPercent: 50, resumeActivityId: course.videoId });
      expect(outline.body.modules).toHaveLength(1);
      expect(outline.body.modules[0].activities).toEqual([
        expect.objectContaining({ id: course.pageId, kind: 'page', required: true, status: 'completed', timeSpentSeconds: 30, maxAttempts: null }),
        expect.objectContaining({ id: course.videoId, kind: 'video', required: false, status: 'in_progress' }),
        expect.objectContaining({ id: course.fileId, kind: 'file', status: 'not_started' }),
        expect.objectContaining({ id: course.quizId, kind: 'quiz', status: 'not_started', attemptsUsed: 0, maxAttempts: 3, bestScore: null }),
      ]);
    });

    it('renders pages sanitised and never shows a quiz\'s answers', async () => {
      const page = await ctx.http().get(`${base(learner.enrolmentId)}/activities/${course.pageId}`).set(bearer(token));
      expect(page.status).toBe(200);
      expect(page.body.html).toContain('<h2>El POA</h2>');
      expect(page.body.html).not.toContain('<script>');
      expect(page.body.html).toContain('rel="noopener noreferrer"');
      expect(page.body.progress).toMatchObject({ status: 'completed', timeSpentSeconds: 30 });

      const video = await ctx.http().get(`${base(learner.enrolmentId)}/activities/${course.videoId}`).set(bearer(token));
      expect(video.body).toMatchObject({ kind: 'video', videoUrl: 'https://www.youtube.com/watch?v=abcdefghijk', quiz: null, file: null });

      const quiz = await ctx.http().get(`${base(learner.enrolmentId)}/activities/${course.quizId}`).set(bearer(token));
      expect(quiz.status).toBe(200);
      expect(quiz.body.quiz).toMatchObject({ maxAttempts: 3, attemptsUsed: 0, attemptsLeft: 3, passingScore: 70, attempts: [] });
      expect(quiz.body.quiz.questions.map((q: { kind: string }) => q.kind)).toEqual(['single_choice', 'multiple_choice', 'true_false', 'short_answer']);
      expect(quiz.body.quiz.questions[0].options).toEqual([{ id: 'a', text: 'Un plan de 5 años' }, { id: 'b', text: 'Un plan de un año' }]);
      const text = JSON.stringify(quiz.body);
      expect(text).not.toMatch(/correct/i);
      expect(text).not.toMatch(/accepted/i);
      expect(text).not.toContain('Plan Operativo Anual');
      expect(text).not.toContain('El POA es anual.'); // feedback comes only with a result
    });

    it('streams the file of a file activity to its learner, with its type and name', async () => {
      const key = `course-files/${randomUUID()}`;
      await ctx.app.get(StorageService).put(key, samplePdf());
      await ctx.db.query(`UPDATE course_activities SET file_key = $2, file_name = 'Guía del POA.pdf', file_type = 'application/pdf', file_size = $3 WHERE id = $1`, [
        course.fileId, key, samplePdf().length,
      ]);
      const content = await ctx.http().get(`${base(learner.enrolmentId)}/activities/${course.fileId}`).set(bearer(token));
      expect(content.body.file).toEqual({ name: 'Guía del POA.pdf', type: 'application/pdf', size: samplePdf().length });
      const download = await ctx.http().get(`${base(learner.enrolmentId)}/activities/${course.fileId}/file`).set(bearer(token)).buffer(true).parse(binaryParser);
      expect(download.status).toBe(200);
      expect(download.headers['content-type']).toBe('application/pdf');
      expect(download.headers['content-disposition']).toBe(`attachment; filename="Guia del POA.pdf"; filename*=UTF-8''Gu%C3%ADa%20del%20POA.pdf`);
      expect(Buffer.compare(download.body as Buffer, samplePdf())).toBe(0);
      expect((await ctx.http().get(`${base(learner.enrolmentId)}/activities/${course.pageId}/file`).set(bearer(token))).status).toBe(404);
    });

    it('reveals nothing of someone else\'s enrolment (404), keeps other roles out (403) and closed requests closed (409)', async () => {
      const other = await makeLearner(ctx.db, course.cohortId);
      const otherToken = (await login(ctx, other)).token;
      const paths = [
        base(learner.enrolmentId),
        `${base(learner.enrolmentId)}/activities/${course.pageId}`,
        `${base(learner.enrolmentId)}/activities/${course.fileId}/file`,
      ];
      for (const path of paths) expect({ path, status: (await ctx.http().get(path).set(bearer(otherToken))).status }).toEqual({ path, status: 404 });
      expect((await saveProgress(otherToken, learner.enrolmentId, course.pageId, { timeSpentSeconds: 9999 })).status).toBe(404);
      expect((await submit(otherToken, learner.enrolmentId, course.quizId, { attemptId: newAttemptId(), answers: [] })).status).toBe(404);
      expect((await ctx.http().get(base(randomUUID())).set(bearer(otherToken))).status).toBe(404);
      const list = await ctx.http().get('/api/learning/enrolments').set(bearer(otherToken));
      expect(list.body.map((e: { id: string }) => e.id)).toEqual([other.enrolmentId]);
      expect(await countRows(ctx.db, 'activity_progress WHERE enrolment_id = $1 AND time_spent_seconds = 9999', [learner.enrolmentId])).toBe(0);

      const coordinatorToken = (await login(ctx, await makeUser(ctx.db, ['coordinator']))).token;
      expect((await ctx.http().get(base(learner.enrolmentId)).set(bearer(coordinatorToken))).status).toBe(403);
      expect((await ctx.http().get('/api/learning/enrolments')).status).toBe(401);

      const waiting = await makeLearner(ctx.db, course.cohortId, 'waitlisted');
      const waitingToken = (await login(ctx, waiting)).token;
      const listed = await ctx.http().get('/api/learning/enrolments').set(bearer(waitingToken));
      expect(listed.body[0]).toMatchObject({ status: 'waitlisted', canOpen: false });
      const outline = await ctx.http().get(base(waiting.enrolmentId)).set(bearer(waitingToken));
      expect(outline.status).toBe(409);
      expect(outline.body.code).toBe('LEARNING_ENROLMENT_NOT_ACTIVE');
      expect((await saveProgress(waitingToken, waiting.enrolmentId, course.pageId, { timeSpentSeconds: 5 })).status).toBe(409);
    });
  });

  describe('quizzes', () => {
    it('scores the four kinds of question, points-weighted, with feedback, and keeps the best score', async () => {
      const course = await makeLearningCourse(ctx.db);
      const learner = await makeLearner(ctx.db, course.cohortId);
      const token = (await login(ctx, learner)).token;
      const q = course.questions;

      const first = await submit(token, learner.enrolmentId, course.quizId, { attemptId: newAttemptId(), answers: partlyRightAnswers(q) });
      expect(first.status).toBe(200);
      expect(first.body).toMatchObject({
        number: 1, score: 40, passed: false, passingScore: 70, attemptsUsed: 1, maxAttempts: 3, attemptsLeft: 2, bestScore: 40,
        progressStatus: 'in_progress', enrolmentStatus: 'in_progress', replayed: false,
      });
      expect(first.body.questions).toEqual([
        { questionId: q.single, correct: true, feedback: 'El POA es anual.' },
        { questionId: q.multiple, correct: false, feedback: null },
        { questionId: q.trueFalse, correct: false, feedback: null },
        { questionId: q.short, correct: true, feedback: 'Se escribe «POA».' },
      ]);
      // Unanswered questions score nothing.
      const second = await submit(token, learner.enrolmentId, course.quizId, { attemptId: newAttemptId(), answers: [{ questionId: q.multiple, optionIds: ['a', 'c'] }] });
      expect(second.body).toMatchObject({ number: 2, score: 40, passed: false, bestScore: 40, attemptsLeft: 1 });
      const third = await submit(token, learner.enrolmentId, course.quizId, { attemptId: newAttemptId(), answers: rightAnswers(q) });
      expect(third.body).toMatchObject({ number: 3, score: 100, passed: true, bestScore: 100, attemptsLeft: 0, progressStatus: 'completed' });
      expect(third.body.questions.every((r: { correct: boolean }) => r.correct)).toBe(true);

      const stored = await ctx.db.query(`SELECT number, score, passed FROM quiz_attempts WHERE enrolment_id = $1 ORDER BY number`, [learner.enrolmentId]);
      expect(stored).toEqual([{ number: 1, score: '40.0', passed: false }, { number: 2, score: '40.0', passed: false }, { number: 3, score: '100.0', passed: true }]);
      const content = await ctx.http().get(`${base(learner.enrolmentId)}/activities/${course.quizId}`).set(bearer(token));
      expect(content.body.quiz).toMatchObject({ attemptsUsed: 3, attemptsLeft: 0, bestScore: 100 });
      expect(content.body.quiz.attempts.map((a: { score: number }) => a.score)).toEqual([40, 40, 100]);
    });

    it('a resent attempt returns the same result and does not consume another attempt', async () => {
      const course = await makeLearningCourse(ctx.db);
      const learner = await makeLearner(ctx.db, course.cohortId);
      const token = (await login(ctx, learner)).token;
      const attempt = { attemptId: newAttemptId(), answers: partlyRightAnswers(course.questions) };
      const responses = await Promise.all([1, 2, 3].map(() => submit(token, learner.enrolmentId, course.quizId, attempt)));
      expect(responses.map((r) => r.status)).toEqual([200, 200, 200]);
      expect(responses.map((r) => r.body.replayed).sort()).toEqual([false, true, true]);
      for (const response of responses) {
        expect(response.body).toMatchObject({ attemptId: attempt.attemptId, number: 1, score: 40, passed: false, attemptsUsed: 1, attemptsLeft: 2 });
        expect(response.body.questions).toEqual(responses[0].body.questions);
      }
      // Even with other answers, the same id is the same attempt.
      const resent = await submit(token, learner.enrolmentId, course.quizId, { attemptId: attempt.attemptId, answers: rightAnswers(course.questions) });
      expect(resent.body).toMatchObject({ number: 1, score: 40, replayed: true, attemptsUsed: 1 });
      expect(await countRows(ctx.db, 'quiz_attempts WHERE enrolment_id = $1', [learner.enrolmentId])).toBe(1);
      const [progress] = await ctx.db.query(`SELECT attempts FROM activity_progress WHERE enrolment_id = $1 AND activity_id = $2`, [learner.enrolmentId, course.quizId]);
      expect(progress.attempts).toBe(1);

      // Someone else's attempt id is not theirs to replay.
      const other = await makeLearner(ctx.db, course.cohortId);
      const stolen = await submit((await login(ctx, other)).token, other.enrolmentId, course.quizId, attempt);
      expect(stolen.status).toBe(409);
      expect(fields(stolen.body)).toEqual(['attemptId']);
    });

    it('never exceeds the attempt limit, even with many submissions at once', async () => {
      const course = await makeLearningCourse(ctx.db, { maxAttempts: 2 });
      const learner = await makeLearner(ctx.db, course.cohortId);
      const token = (await login(ctx, learner)).token;
      const responses = await Promise.all(
        Array.from({ length: 8 }, () => submit(token, learner.enrolmentId, course.quizId, { attemptId: newAttemptId(), answers: partlyRightAnswers(course.questions) })),
      );
      const statuses = responses.map((r) => r.status).sort();
      expect(statuses).toEqual([200, 200, 409, 409, 409, 409, 409, 409]);
      expect(responses.filter((r) => r.status === 409).every((r) => r.body.code === 'LEARNING_NO_ATTEMPTS_LEFT')).toBe(true);
      const numbers = await ctx.db.query(`SELECT number FROM quiz_attempts WHERE enrolment_id = $1 ORDER BY number`, [learner.enrolmentId]);
      expect(numbers).toEqual([{ number: 1 }, { number: 2 }]);
      // Attempts used up without passing: the quiz is failed.
      const [progress] = await ctx.db.query(`SELECT attempts, status FROM activity_progress WHERE enrolment_id = $1 AND activity_id = $2`, [learner.enrolmentId, course.quizId]);
      expect(progress).toEqual({ attempts: 2, status: 'failed' });
    });

    it('refuses unknown questions and options naming the field, and storing nothing', async () => {
      const course = await makeLearningCourse(ctx.db);
      const learner = await makeLearner(ctx.db, course.cohortId);
      const token = (await login(ctx, learner)).token;
      const q = course.questions;
      const cases: [unknown[], string[]][] = [
        [[{ questionId: randomUUID(), optionIds: ['a'] }], ['answers.0.questionId']],
        [[{ questionId: q.single, optionIds: ['b'] }, { questionId: q.multiple, optionIds: ['a', 'z'] }], ['answers.1.optionIds']],
        [[{ questionId: q.single, optionIds: ['a', 'b'] }], ['answers.0.optionIds']],
        [[{ questionId: q.single, optionIds: ['b'] }, { questionId: q.single, optionIds: ['a'] }], ['answers.1.questionId']],
        [[{ questionId: 'no-uuid' }], ['answers.0.questionId']],
        [[{ questionId: q.trueFalse, value: 'sí' }], ['answers.0.value']],
      ];
      for (const [answers, expected] of cases) {
        const response = await submit(token, learner.enrolmentId, course.quizId, { attemptId: newAttemptId(), answers });
        expect({ answers, status: response.status, fields: fields(response.body) }).toEqual({ answers, status: 400, fields: expected });
      }
      const noId = await submit(token, learner.enrolmentId, course.quizId, { answers: [] });
      expect(fields(noId.body)).toEqual(['attemptId']);
      const notQuiz = await submit(token, learner.enrolmentId, course.pageId, { attemptId: newAttemptId(), answers: [] });
      expect(notQuiz.status).toBe(400);
      expect(notQuiz.body.code).toBe('LEARNING_NOT_A_QUIZ');
      expect(await countRows(ctx.db, 'quiz_attempts WHERE enrolment_id = $1', [learner.enrolmentId])).toBe(0);
    });
  });

  describe('completion', () => {
    it('a participant who completes the required page and passes the quiz of an online course passes at once, with the course competencies as evidence', async () => {
      const branch = await makeFrameworkBranch(ctx.db);
      const course = await makeLearningCourse(ctx.db, { competencyIds: branch.competencyIds });
      const learner = await makeLearner(ctx.db, course.cohortId);
      const token = (await login(ctx, learner)).token;

      const page = await saveProgress(token, learner.enrolmentId, course.pageId, { status: 'completed', timeSpentSeconds: 600 });
      expect(page.body.enrolmentStatus).toBe('in_progress');
      const failed = await submit(token, learner.enrolmentId, course.quizId, { attemptId: newAttemptId(), answers: partlyRightAnswers(course.questions) });
      expect(failed.body).toMatchObject({ passed: false, enrolmentStatus: 'in_progress' });
      expect(await countRows(ctx.db, 'competency_records WHERE user_id = $1', [learner.id])).toBe(0);

      const attempt = { attemptId: newAttemptId(), answers: rightAnswers(course.questions) };
      const passed = await submit(token, learner.enrolmentId, course.quizId, attempt);
      expect(passed.body).toMatchObject({ passed: true, score: 100, enrolmentStatus: 'passed' });

      const [enrolment] = await ctx.db.query(`SELECT status, final_score, completed_at FROM enrolments WHERE id = $1`, [learner.enrolmentId]);
      expect(enrolment).toMatchObject({ status: 'passed', final_score: '100.0' });
      expect(enrolment.completed_at).toBeInstanceOf(Date);
      const records = await ctx.db.query(
        `SELECT competency_id, level, source, enrolment_id FROM competency_records WHERE user_id = $1 ORDER BY competency_id`,
        [learner.id],
      );
      expect(records).toEqual(
        [...branch.competencyIds].sort().map((competencyId) => ({ competency_id: competencyId, level: 2, source: 'course', enrolment_id: learner.enrolmentId })),
      );
      expect(await countRows(ctx.db, `notifications WHERE user_id = $1 AND kind = 'enrolment.passed'`, [learner.id])).toBe(1);

      const list = await ctx.http().get('/api/learning/enrolments').set(bearer(token));
      expect(list.body[0]).toMatchObject({ status: 'passed', progressPercent: 100, finalScore: 100, readOnly: true, canOpen: true, completion: { met: true } });

      // Afterwards the content stays readable; the resent passing attempt still answers; nothing more is written.
      expect((await ctx.http().get(`${base(learner.enrolmentId)}/activities/${course.pageId}`).set(bearer(token))).body.readOnly).toBe(true);
      const resent = await submit(token, learner.enrolmentId, course.quizId, attempt);
      expect(resent.body).toMatchObject({ replayed: true, passed: true, enrolmentStatus: 'passed' });
      const late = await saveProgress(token, learner.enrolmentId, course.videoId, { timeSpentSeconds: 10 });
      expect(late.status).toBe(409);
      expect(late.body.code).toBe('LEARNING_ENROLMENT_FINISHED');
      const another = await submit(token, learner.enrolmentId, course.quizId, { attemptId: newAttemptId(), answers: rightAnswers(course.questions) });
      expect(another.status).toBe(409);
      expect(await countRows(ctx.db, 'competency_records WHERE user_id = $1', [learner.id])).toBe(2);
    });

    it('an in-person course also needs attendance: completing everything is not enough without it', async () => {
      const course = await makeLearningCourse(ctx.db, { modality: 'in_person' });
      await ctx.db.query(`INSERT INTO cohort_sessions (cohort_id, starts_at, ends_at, title) VALUES ($1, now(), now() + interval '2 hours', 'Sesión 1')`, [course.cohortId]);
      const learner = await makeLearner(ctx.db, course.cohortId);
      const token = (await login(ctx, learner)).token;
      await saveProgress(token, learner.enrolmentId, course.pageId, { status: 'completed' });
      const result = await submit(token, learner.enrolmentId, course.quizId, { attemptId: newAttemptId(), answers: rightAnswers(course.questions) });
      expect(result.body).toMatchObject({ passed: true, enrolmentStatus: 'in_progress' });
      const outline = await ctx.http().get(base(learner.enrolmentId)).set(bearer(token));
      expect(outline.body.completion).toMatchObject({ met: false, activitiesMet: true, scoreMet: true, attendanceMet: false, attendanceRequired: true, attendanceRate: 0 });
    });
  });
});
