import { Injectable } from '@nestjs/common';
import type { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { cohortLabel, isLearning, laterProgressStatus, LEARNING_STATUSES, nextEnrolmentStatus, PROGRESS_STATUSES, progressPercent } from '@campus/domain';
import type { ActivityKind, CohortStatus, EnrolmentStatus, Modality, ProgressStatus, QuestionKind, QuestionOption } from '@campus/domain';
import type { AuthUser } from '../../common/decorators/auth.decorators';
import { updateReturning } from '../../common/database/returning';
import { StorageService } from '../../common/storage/storage.service';
import { renderMarkdown } from '../courses/course-markdown';
import { CompletionService } from './completion.service';
import { ENROLMENT_SELECT, FIRST_OPEN_ACTIVITY_SQL, MY_ENROLMENTS_SQL } from './learning-sql';
import type {
  ActivityContentDto, ActivityProgressDto, AttemptResultDto, LearningEnrolmentDto, LearningOutlineDto, OutlineActivityDto, SavedProgressDto,
  SaveProgressDto, SubmitAttemptDto,
} from './dto/learning.dto';
import type { StoredAnswer } from './entities/quiz-attempt.entity';
import { requireOwnEnrolment } from './learning.access';
import { activityNotFound, LearningException, LearningExceptionCode as Code } from './learning.exception';
import { answerProblems, scoreQuiz } from './quiz-scoring';
import type { ScoredQuestion } from './quiz-scoring';

/** Progress statuses from the earliest to the latest (`laterProgressStatus` order), for SQL. */
const PROGRESS_ORDER: readonly ProgressStatus[] = [...PROGRESS_STATUSES].sort((a, b) => (a === b ? 0 : laterProgressStatus(a, b) === a ? 1 : -1));
const RANK_SQL = (column: string) => `array_position('{${PROGRESS_ORDER.join(',')}}'::varchar[], ${column})`;

/**
 * A save never moves progress back, whatever arrives first: a new row, or the existing one moved
 * forward only — the later status by rank, the larger total time, the first completion instant;
 * the position follows the write with the most time (an older write does not move it back).
 */
const PROGRESS_CONFLICT = `
  ON CONFLICT (enrolment_id, activity_id) DO UPDATE SET
    status = CASE WHEN ${RANK_SQL('EXCLUDED.status')} > ${RANK_SQL('p.status')} THEN EXCLUDED.status ELSE p.status END,
    time_spent_seconds = GREATEST(p.time_spent_seconds, EXCLUDED.time_spent_seconds),
    position = CASE WHEN EXCLUDED.position IS NOT NULL AND EXCLUDED.time_spent_seconds >= p.time_spent_seconds
                    THEN EXCLUDED.position ELSE p.position END,
    completed_at = COALESCE(p.completed_at, EXCLUDED.completed_at),
    updated_at = now()
  RETURNING status, time_spent_seconds, position, completed_at`;

/** The upsert of one progress save ($1 enrolment, $2 activity, $3 status, $4 total seconds, $5 position). */
export const UPSERT_PROGRESS = `
  INSERT INTO activity_progress AS p (enrolment_id, activity_id, status, time_spent_seconds, position, completed_at)
  VALUES ($1, $2, $3::varchar, $4::int, $5::jsonb, CASE WHEN $3::varchar = 'completed' THEN now() END)
  ${PROGRESS_CONFLICT}`;

/**
 * A save that cannot change the completion verdict (time, position, "in progress") in ONE
 * statement, hence one round trip and its own transaction: lock the enrolment and find the
 * activity in its pinned content; only when it may be written ($6 the owner, $7 the learning
 * statuses), upsert the progress and remember where the person is,
 * starting the enrolment ($8: the status `start` leads to from `enrolled`). The facts come back
 * for learning.access.ts to explain a refusal.
 */
const SAVE_PROGRESS_AT_ONCE = `
  WITH target AS (
    SELECT e.id, e.user_id, e.status, a.kind
      FROM enrolments e JOIN cohorts ch ON ch.id = e.cohort_id
      LEFT JOIN (course_activities a JOIN course_modules m ON m.id = a.module_id) ON a.id = $2 AND m.version_id = ch.course_version_id
     WHERE e.id = $1 FOR UPDATE OF e
  ), saved AS (
    INSERT INTO activity_progress AS p (enrolment_id, activity_id, status, time_spent_seconds, position, completed_at)
    SELECT $1, $2, $3::varchar, $4::int, $5::jsonb, NULL FROM target
     WHERE target.user_id = $6 AND target.status = ANY($7::varchar[]) AND target.kind IS NOT NULL
    ${PROGRESS_CONFLICT}
  ), touched AS (
    UPDATE enrolments e
       SET last_activity_id = $2, status = CASE WHEN e.status = 'enrolled' THEN $8::varchar ELSE e.status END,
           started_at = CASE WHEN e.status = 'enrolled' THEN COALESCE(e.started_at, now()) ELSE e.started_at END, updated_at = now()
      FROM saved WHERE e.id = $1
    RETURNING e.status
  )
  SELECT t.user_id, t.status, t.kind, s.status AS progress_status, s.time_spent_seconds, s.position, s.completed_at,
         (SELECT status FROM touched) AS enrolment_status
    FROM target t LEFT JOIN saved s ON true`;

/** Positions are small bookmarks (a video's second, a page's scroll), not documents. */
const MAX_POSITION_JSON = 2000;

const numberOrNull = (value: string | number | null): number | null => (value === null ? null : Number(value));

interface EnrolmentRow {
  id: string;
  user_id: string;
  status: EnrolmentStatus;
  last_activity_id: string | null;
  final_score: string | null;
  attendance_rate: string | null;
  cohort_id: string;
  course_version_id: string;
  gestion: number;
  edition: number;
  parallel: string;
  starts_on: string;
  ends_on: string;
  modality: Modality;
  cohort_status: CohortStatus;
  course_id: string;
  course_code: string;
  course_title: string;
  passing_score: number;
  min_attendance: number;
}

interface ActivityRow {
  id: string;
  module_id: string;
  kind: ActivityKind;
  title: string;
  required: boolean;
  body: string;
  video_url: string | null;
  file_key: string | null;
  file_name: string | null;
  file_type: string | null;
  file_size: number | null;
  max_attempts: number | null;
  passing_score: number | null;
  estimated_minutes: number | null;
}

interface ProgressRow {
  status: ProgressStatus;
  best_score: string | null;
  attempts: number;
  time_spent_seconds: number;
  position: Record<string, unknown> | null;
  completed_at: Date | null;
}

interface QuestionRow {
  id: string;
  kind: QuestionKind;
  prompt: string;
  options: QuestionOption[];
  accepted_answers: string[];
  points: number;
  feedback: string | null;
}

const toScored = (question: QuestionRow): ScoredQuestion => ({
  id: question.id,
  kind: question.kind,
  options: question.options,
  acceptedAnswers: question.accepted_answers,
  points: question.points,
  feedback: question.feedback,
});

const toProgressDto = (activityId: string, row: Pick<ProgressRow, 'status' | 'time_spent_seconds' | 'position' | 'completed_at'> | undefined): ActivityProgressDto => ({
  activityId,
  status: row?.status ?? 'not_started',
  timeSpentSeconds: row?.time_spent_seconds ?? 0,
  position: row?.position ?? null,
  completedAt: row?.completed_at ? new Date(row.completed_at).toISOString() : null,
});

/** The enrolment moves enrolled → in_progress on its first activity (state machine action `start`). */
const startedStatus = (status: EnrolmentStatus): EnrolmentStatus => {
  const next = nextEnrolmentStatus(status, 'start', { requiresEndorsement: false, requiresApproval: false, seatsLeft: 0 });
  return next.ok ? next.status : status;
};

export interface LearnerFileDownload {
  stream: Readable;
  name: string;
  type: string;
  size: number;
}

/**
 * "Mi aprendizaje" and the course player: a participant's enrolments with their progress, the
 * cohort's pinned content, progress saves that survive flaky connections (one idempotent upsert)
 * and quiz attempts scored at once (idempotent by the client's attempt id, the attempt limit
 * counted under a lock). Every save that can change the verdict runs the completion rule in the
 * same transaction, so a participant who meets it passes at once.
 */
@Injectable()
export class LearningService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly completion: CompletionService,
    private readonly storage: StorageService,
  ) {}

  // ------------------------------------------------------------------------------------------
  // Reading

  async list(viewer: AuthUser): Promise<LearningEnrolmentDto[]> {
    const rows: EnrolmentRow[] = await this.dataSource.query(MY_ENROLMENTS_SQL, [viewer.id]);
    return this.summaries(this.dataSource.manager, rows);
  }

  async outline(viewer: AuthUser, enrolmentId: string): Promise<LearningOutlineDto> {
    const row = await this.findEnrolment(this.dataSource.manager, enrolmentId);
    requireOwnEnrolment(viewer, row && { userId: row.user_id, status: row.status }, 'read');
    const [summary] = await this.summaries(this.dataSource.manager, [row]);
    const modules: { id: string; title: string; summary: string }[] = await this.dataSource.query(
      `SELECT id, title, summary FROM course_modules WHERE version_id = $1 ORDER BY position`,
      [row.course_version_id],
    );
    const activities: (Pick<ActivityRow, 'id' | 'module_id' | 'kind' | 'title' | 'required' | 'estimated_minutes' | 'max_attempts'> &
      Partial<ProgressRow>)[] = await this.dataSource.query(
      `SELECT a.id, a.module_id, a.kind, a.title, a.required, a.estimated_minutes, a.max_attempts,
              p.status, p.best_score, p.attempts, p.time_spent_seconds
         FROM course_modules m JOIN course_activities a ON a.module_id = m.id
         LEFT JOIN activity_progress p ON p.activity_id = a.id AND p.enrolment_id = $2
        WHERE m.version_id = $1 ORDER BY m.position, a.position`,
      [row.course_version_id, enrolmentId],
    );
    const byModule = new Map<string, OutlineActivityDto[]>(modules.map((m) => [m.id, []]));
    for (const a of activities) {
      byModule.get(a.module_id)?.push({
        id: a.id,
        kind: a.kind,
        title: a.title,
        required: a.required,
        estimatedMinutes: a.estimated_minutes,
        status: a.status ?? 'not_started',
        bestScore: numberOrNull(a.best_score ?? null),
        attemptsUsed: a.attempts ?? 0,
        maxAttempts: a.kind === 'quiz' ? a.max_attempts : null,
        timeSpentSeconds: a.time_spent_seconds ?? 0,
      });
    }
    return { ...summary, modules: modules.map((m) => ({ id: m.id, title: m.title, summary: m.summary, activities: byModule.get(m.id) ?? [] })) };
  }

  async content(viewer: AuthUser, enrolmentId: string, activityId: string): Promise<ActivityContentDto> {
    const row = await this.findEnrolment(this.dataSource.manager, enrolmentId);
    requireOwnEnrolment(viewer, row && { userId: row.user_id, status: row.status }, 'read');
    const activity = await this.findActivity(row.course_version_id, activityId);
    const [progress]: ProgressRow[] = await this.dataSource.query(
      `SELECT status, best_score, attempts, time_spent_seconds, position, completed_at FROM activity_progress WHERE enrolment_id = $1 AND activity_id = $2`,
      [enrolmentId, activityId],
    );
    let quiz: ActivityContentDto['quiz'] = null;
    if (activity.kind === 'quiz') {
      const questions = await this.questions(this.dataSource.manager, activityId);
      const attempts: { id: string; number: number; score: string; passed: boolean; submitted_at: Date }[] = await this.dataSource.query(
        `SELECT id, number, score, passed, submitted_at FROM quiz_attempts WHERE enrolment_id = $1 AND activity_id = $2 ORDER BY number`,
        [enrolmentId, activityId],
      );
      const used = progress?.attempts ?? 0;
      quiz = {
        // What a learner sees of a question: never the correct options nor the accepted answers.
        questions: questions.map((q) => ({
          id: q.id,
          kind: q.kind,
          prompt: q.prompt,
          points: q.points,
          options: q.kind === 'short_answer' ? [] : q.options.map((option) => ({ id: option.id, text: option.text })),
        })),
        maxAttempts: activity.max_attempts,
        attemptsUsed: used,
        attemptsLeft: activity.max_attempts === null ? null : Math.max(0, activity.max_attempts - used),
        passingScore: activity.passing_score ?? row.passing_score,
        bestScore: numberOrNull(progress?.best_score ?? null),
        attempts: attempts.map((a) => ({ id: a.id, number: a.number, score: Number(a.score), passed: a.passed, submittedAt: new Date(a.submitted_at).toISOString() })),
      };
    }
    return {
      id: activity.id,
      moduleId: activity.module_id,
      kind: activity.kind,
      title: activity.title,
      required: activity.required,
      estimatedMinutes: activity.estimated_minutes,
      html: renderMarkdown(activity.body),
      videoUrl: activity.kind === 'video' ? activity.video_url : null,
      file: activity.kind === 'file' && activity.file_key
        ? { name: activity.file_name ?? 'archivo', type: activity.file_type ?? 'application/octet-stream', size: activity.file_size ?? 0 }
        : null,
      quiz,
      progress: toProgressDto(activityId, progress),
      readOnly: !isLearning(row.status),
    };
  }

  async downloadFile(viewer: AuthUser, enrolmentId: string, activityId: string): Promise<LearnerFileDownload> {
    const row = await this.findEnrolment(this.dataSource.manager, enrolmentId);
    requireOwnEnrolment(viewer, row && { userId: row.user_id, status: row.status }, 'read');
    const activity = await this.findActivity(row.course_version_id, activityId);
    if (activity.kind !== 'file' || !activity.file_key) throw new LearningException(Code.NoFile, 'La actividad no tiene archivo');
    const stream = await this.storage.read(activity.file_key).catch(() => {
      throw new LearningException(Code.NoFile, 'El archivo de la actividad no está disponible');
    });
    return { stream, name: activity.file_name ?? 'archivo', type: activity.file_type ?? 'application/octet-stream', size: activity.file_size ?? 0 };
  }

  // ------------------------------------------------------------------------------------------
  // Progress

  /**
   * Saves progress in a page, video or file (and time in a quiz): one upsert that only moves
   * forward, so a retried, duplicated or late write changes nothing it should not. Marks where the
   * person is, starts the enrolment on its first save, and — when an activity is completed —
   * applies the completion rule in the same transaction.
   */
  async saveProgress(viewer: AuthUser, enrolmentId: string, activityId: string, dto: SaveProgressDto): Promise<SavedProgressDto> {
    if (dto.position !== undefined && JSON.stringify(dto.position).length > MAX_POSITION_JSON) {
      throw new LearningException(Code.InvalidProgress, 'Revise los campos marcados', [
        { field: 'position', message: `Debe ocupar como máximo ${MAX_POSITION_JSON} caracteres` },
      ]);
    }
    if (dto.status !== 'completed') return this.saveAtOnce(viewer, enrolmentId, activityId, dto);
    return this.dataSource.transaction(async (manager) => {
      const [target]: { user_id: string; status: EnrolmentStatus; kind: ActivityKind | null }[] = await manager.query(
        `SELECT e.user_id, e.status, a.kind
           FROM enrolments e JOIN cohorts ch ON ch.id = e.cohort_id
           LEFT JOIN (course_activities a JOIN course_modules m ON m.id = a.module_id) ON a.id = $2 AND m.version_id = ch.course_version_id
          WHERE e.id = $1 FOR UPDATE OF e`,
        [enrolmentId, activityId],
      );
      requireOwnEnrolment(viewer, target && { userId: target.user_id, status: target.status }, 'write');
      if (!target.kind) throw activityNotFound();
      if (target.kind === 'quiz' && dto.status === 'completed') {
        throw new LearningException(Code.InvalidProgress, 'Un cuestionario se completa aprobándolo', [
          { field: 'status', message: 'Un cuestionario se completa con sus intentos, no se marca como completado' },
        ]);
      }
      const [saved]: ProgressRow[] = await manager.query(UPSERT_PROGRESS, [
        enrolmentId,
        activityId,
        dto.status ?? 'in_progress',
        dto.timeSpentSeconds ?? 0,
        dto.position === undefined ? null : JSON.stringify(dto.position),
      ]);
      await this.touchEnrolment(manager, enrolmentId, activityId, target.status);
      // A completed activity may meet the completion rule: it decides in the same transaction.
      const [outcome] = await this.completion.evaluate(manager, [enrolmentId], { actorId: viewer.id });
      return { ...toProgressDto(activityId, saved), enrolmentStatus: outcome?.status ?? startedStatus(target.status) };
    });
  }

  /** Time, position or "in progress": one statement (see SAVE_PROGRESS_AT_ONCE); refusals explained by the access rules. */
  private async saveAtOnce(viewer: AuthUser, enrolmentId: string, activityId: string, dto: SaveProgressDto): Promise<SavedProgressDto> {
    const [row]: (Partial<ProgressRow> & {
      user_id: string;
      status: EnrolmentStatus;
      kind: ActivityKind | null;
      progress_status: ProgressStatus | null;
      enrolment_status: EnrolmentStatus | null;
    })[] = await this.dataSource.query(SAVE_PROGRESS_AT_ONCE, [
      enrolmentId,
      activityId,
      dto.status ?? 'in_progress',
      dto.timeSpentSeconds ?? 0,
      dto.position === undefined ? null : JSON.stringify(dto.position),
      viewer.id,
      LEARNING_STATUSES,
      startedStatus('enrolled'),
    ]);
    requireOwnEnrolment(viewer, row && { userId: row.user_id, status: row.status }, 'write');
    if (!row.kind || !row.progress_status) throw activityNotFound();
    return {
      ...toProgressDto(activityId, {
        status: row.progress_status, time_spent_seconds: row.time_spent_seconds ?? 0, position: row.position ?? null, completed_at: row.completed_at ?? null,
      }),
      enrolmentStatus: row.enrolment_status ?? row.status,
    };
  }

  // ------------------------------------------------------------------------------------------
  // Quiz attempts

  /**
   * Scores an attempt at once and stores it. Idempotent by `attemptId`: a resent attempt returns
   * the stored result without consuming another attempt. The enrolment and progress rows are
   * locked first, so concurrent submissions are counted one after the other and never exceed the
   * limit.
   */
  async submitAttempt(viewer: AuthUser, enrolmentId: string, activityId: string, dto: SubmitAttemptDto): Promise<AttemptResultDto> {
    return this.dataSource.transaction(async (manager) => {
      const [target]: { user_id: string; status: EnrolmentStatus; kind: ActivityKind | null; max_attempts: number | null; passing_score: number }[] =
        await manager.query(
          `SELECT e.user_id, e.status, a.kind, a.max_attempts, COALESCE(a.passing_score, c.passing_score) AS passing_score
             FROM enrolments e JOIN cohorts ch ON ch.id = e.cohort_id JOIN courses c ON c.id = ch.course_id
             LEFT JOIN (course_activities a JOIN course_modules m ON m.id = a.module_id) ON a.id = $2 AND m.version_id = ch.course_version_id
            WHERE e.id = $1 FOR UPDATE OF e`,
          [enrolmentId, activityId],
        );
      // A resent attempt is answered even when the attempt it repeats finished the course.
      requireOwnEnrolment(viewer, target && { userId: target.user_id, status: target.status }, 'read');
      if (!target.kind) throw activityNotFound();
      if (target.kind !== 'quiz') throw new LearningException(Code.NotAQuiz, 'La actividad no es un cuestionario');
      const questions = (await this.questions(manager, activityId)).map(toScored);
      const replay = await this.storedAttempt(manager, dto.attemptId, enrolmentId, activityId);
      if (replay) {
        const [current] = await this.lockProgress(manager, enrolmentId, activityId);
        return this.attemptResult(target, replay, scoreQuiz(questions, replay.answers).questions, current, target.status, true);
      }
      requireOwnEnrolment(viewer, { userId: target.user_id, status: target.status }, 'write');
      const [progress] = await this.lockProgress(manager, enrolmentId, activityId);

      const answers: StoredAnswer[] = dto.answers.map((a) => ({
        questionId: a.questionId,
        ...(a.optionIds !== undefined ? { optionIds: a.optionIds } : {}),
        ...(a.text !== undefined ? { text: a.text } : {}),
        ...(a.value !== undefined ? { value: a.value } : {}),
      }));
      const problems = answerProblems(questions, answers);
      if (problems.length > 0) throw new LearningException(Code.InvalidAnswers, 'Revise las respuestas marcadas', problems);
      if (target.max_attempts !== null && progress.attempts >= target.max_attempts) {
        throw new LearningException(Code.NoAttemptsLeft, `Ya usó los ${target.max_attempts} intentos de este cuestionario`);
      }

      const { score, questions: results } = scoreQuiz(questions, answers);
      const passed = score >= target.passing_score;
      const number = progress.attempts + 1;
      const inserted: { id: string }[] = await manager.query(
        `INSERT INTO quiz_attempts (id, enrolment_id, activity_id, number, answers, score, passed)
         VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7) ON CONFLICT (id) DO NOTHING RETURNING id`,
        [dto.attemptId, enrolmentId, activityId, number, JSON.stringify(answers), score, passed],
      );
      if (inserted.length === 0) {
        // Only possible if another enrolment already used this id: the locks above serialise our own retries.
        throw new LearningException(Code.AttemptIdTaken, 'El identificador del intento ya se usó', [{ field: 'attemptId', message: 'Ya se usó: genere otro' }]);
      }
      const outOfAttempts = target.max_attempts !== null && number >= target.max_attempts;
      const status: ProgressStatus = passed
        ? 'completed'
        : laterProgressStatus(progress.status, outOfAttempts ? 'failed' : 'in_progress');
      const [updated] = await updateReturning<ProgressRow>(
        manager,
        `UPDATE activity_progress
            SET attempts = $3, best_score = GREATEST(best_score, $4), status = $5::varchar,
                completed_at = CASE WHEN $5::varchar = 'completed' THEN COALESCE(completed_at, now()) ELSE completed_at END, updated_at = now()
          WHERE enrolment_id = $1 AND activity_id = $2
          RETURNING status, best_score, attempts, time_spent_seconds, position, completed_at`,
        [enrolmentId, activityId, number, score, status],
      );
      let enrolmentStatus = await this.touchEnrolment(manager, enrolmentId, activityId, target.status);
      // A new score changes the final score: the rule decides again.
      const [outcome] = await this.completion.evaluate(manager, [enrolmentId], { actorId: viewer.id });
      if (outcome) enrolmentStatus = outcome.status;
      return this.attemptResult(target, { id: dto.attemptId, number, score, passed }, results, updated, enrolmentStatus, false);
    });
  }

  // ------------------------------------------------------------------------------------------

  private attemptResult(
    target: { max_attempts: number | null; passing_score: number },
    attempt: { id: string; number: number; score: number; passed: boolean },
    questions: AttemptResultDto['questions'],
    progress: ProgressRow,
    enrolmentStatus: EnrolmentStatus,
    replayed: boolean,
  ): AttemptResultDto {
    return {
      attemptId: attempt.id,
      number: attempt.number,
      score: attempt.score,
      passed: attempt.passed,
      passingScore: target.passing_score,
      questions,
      attemptsUsed: progress.attempts,
      maxAttempts: target.max_attempts,
      attemptsLeft: target.max_attempts === null ? null : Math.max(0, target.max_attempts - progress.attempts),
      bestScore: numberOrNull(progress.best_score),
      progressStatus: progress.status,
      enrolmentStatus,
      replayed,
    };
  }

  /** The progress row of a quiz (created when missing), locked: attempts are counted under it. */
  private async lockProgress(manager: EntityManager, enrolmentId: string, activityId: string): Promise<ProgressRow[]> {
    await manager.query(
      `INSERT INTO activity_progress (enrolment_id, activity_id, status) VALUES ($1, $2, 'in_progress') ON CONFLICT (enrolment_id, activity_id) DO NOTHING`,
      [enrolmentId, activityId],
    );
    return manager.query(
      `SELECT status, best_score, attempts, time_spent_seconds, position, completed_at FROM activity_progress
        WHERE enrolment_id = $1 AND activity_id = $2 FOR UPDATE`,
      [enrolmentId, activityId],
    );
  }

  /** The stored attempt with this id, when it is this enrolment's attempt at this quiz; 409 when another one used the id. */
  private async storedAttempt(manager: EntityManager, attemptId: string, enrolmentId: string, activityId: string) {
    const [stored]: { id: string; enrolment_id: string; activity_id: string; number: number; answers: StoredAnswer[]; score: string; passed: boolean }[] =
      await manager.query(`SELECT id, enrolment_id, activity_id, number, answers, score, passed FROM quiz_attempts WHERE id = $1`, [attemptId]);
    if (!stored) return null;
    if (stored.enrolment_id !== enrolmentId || stored.activity_id !== activityId) {
      throw new LearningException(Code.AttemptIdTaken, 'El identificador del intento ya se usó', [{ field: 'attemptId', message: 'Ya se usó: genere otro' }]);
    }
    return { id: stored.id, number: stored.number, score: Number(stored.score), passed: stored.passed, answers: stored.answers };
  }

  /** Remembers where the person is and starts the enrolment on its first activity; returns its status. */
  private async touchEnrolment(manager: EntityManager, enrolmentId: string, activityId: string, current: EnrolmentStatus): Promise<EnrolmentStatus> {
    const status = startedStatus(current);
    await manager.query(
      `UPDATE enrolments SET last_activity_id = $2, status = $3, started_at = CASE WHEN $4::boolean THEN COALESCE(started_at, now()) ELSE started_at END,
              updated_at = now()
        WHERE id = $1`,
      [enrolmentId, activityId, status, status !== current],
    );
    return status;
  }

  private async findEnrolment(manager: EntityManager, id: string): Promise<EnrolmentRow> {
    const [row]: EnrolmentRow[] = await manager.query(`${ENROLMENT_SELECT} WHERE e.id = $1`, [id]);
    return row;
  }

  private async findActivity(versionId: string, activityId: string): Promise<ActivityRow> {
    const [activity]: ActivityRow[] = await this.dataSource.query(
      `SELECT a.id, a.module_id, a.kind, a.title, a.required, a.body, a.video_url, a.file_key, a.file_name, a.file_type, a.file_size,
              a.max_attempts, a.passing_score, a.estimated_minutes
         FROM course_activities a JOIN course_modules m ON m.id = a.module_id
        WHERE a.id = $1 AND m.version_id = $2`,
      [activityId, versionId],
    );
    if (!activity) throw activityNotFound();
    return activity;
  }

  private questions(manager: EntityManager, activityId: string): Promise<QuestionRow[]> {
    return manager.query(
      `SELECT id, kind, prompt, options, accepted_answers, points, feedback FROM quiz_questions WHERE activity_id = $1 ORDER BY position`,
      [activityId],
    );
  }

  /** The list entries: progress, the completion check and where to resume, for several enrolments at once. */
  private async summaries(manager: EntityManager, rows: EnrolmentRow[]): Promise<LearningEnrolmentDto[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((row) => row.id);
    const [checks, resume] = await Promise.all([
      this.completion.check(manager, ids),
      manager.query(FIRST_OPEN_ACTIVITY_SQL, [ids]) as Promise<{ id: string; first_open: string | null }[]>,
    ]);
    const firstOpen = new Map(resume.map((r) => [r.id, r.first_open]));
    return rows.map((row) => {
      const facts = checks.get(row.id);
      const check = facts?.check;
      const required = facts?.row.required_activities ?? 0;
      const done = facts?.row.required_done ?? 0;
      return {
        id: row.id,
        status: row.status,
        course: { id: row.course_id, code: row.course_code, title: row.course_title },
        cohort: {
          id: row.cohort_id, label: cohortLabel(row), startsOn: row.starts_on, endsOn: row.ends_on, modality: row.modality, status: row.cohort_status,
        },
        progressPercent: progressPercent(done, required),
        finalScore: numberOrNull(row.final_score),
        attendanceRate: numberOrNull(row.attendance_rate),
        resumeActivityId: row.last_activity_id ?? firstOpen.get(row.id) ?? null,
        canOpen: isLearning(row.status) || row.status === 'passed' || row.status === 'failed',
        readOnly: !isLearning(row.status),
        completion: {
          met: check?.met ?? false,
          activitiesMet: check?.activitiesMet ?? false,
          scoreMet: check?.scoreMet ?? false,
          attendanceMet: check?.attendanceMet ?? false,
          finalScore: check?.finalScore ?? null,
          attendanceRate: check?.attendanceRate ?? null,
          attendanceRequired: check?.attendanceRequired ?? false,
          passingScore: row.passing_score,
          minAttendance: row.min_attendance,
          requiredActivities: required,
          requiredDone: done,
        },
      };
    });
  }
}
