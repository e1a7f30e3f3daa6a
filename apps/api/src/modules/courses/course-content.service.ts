import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { EntityManager } from 'typeorm';
import {
  checkActivityFile, isHttpsUrl, isPermutationOf, kindHasOptions, MAX_ACTIVITY_FILE_BYTES, questionProblems,
} from '@campus/domain';
import type { ActivityKind, QuestionOption, QuestionProblem } from '@campus/domain';
import type { AuthUser } from '../../common/decorators/auth.decorators';
import type { FieldError } from '../../common/errors/domain.exception';
import { newStorageKey, StorageService } from '../../common/storage/storage.service';
import { AuditService } from '../audit/audit.service';
import { latestVersionId, loadVersionTree } from './course-content.queries';
import { requireActivityFileAccess, requireCourseRead } from './courses.access';
import { courseNotFound, CoursesException, CoursesExceptionCode as Code } from './courses.exception';
import { CourseActivity } from './entities/course-activity.entity';
import { CourseModule } from './entities/course-module.entity';
import { QuizQuestion } from './entities/quiz-question.entity';
import { toActivityDto, toModuleDto } from './dto/course-content.dto';
import type {
  ActivityOrderDto, CourseActivityDto, CourseContentDto, CourseModuleDto, CreateActivityDto, CreateModuleDto, ModuleOrderDto,
  QuestionInputDto, QuizQuestionsDto, UpdateActivityDto, UpdateModuleDto,
} from './dto/course-content.dto';

const FILE_PREFIX = 'course-files';

const QUESTION_MESSAGES: Record<QuestionProblem['field'], Partial<Record<QuestionProblem['code'], string>>> = {
  prompt: { required: 'Escriba el enunciado de la pregunta' },
  options: {
    required: 'Todas las opciones necesitan un texto',
    tooFewOptions: 'Necesita al menos dos opciones',
    duplicateOption: 'Hay opciones repetidas',
    noCorrectOption: 'Marque la respuesta correcta',
    oneCorrectOption: 'Marque una sola respuesta correcta',
  },
  acceptedAnswers: { noAcceptedAnswer: 'Escriba al menos una respuesta aceptada' },
};

const KIND_NAMES: Record<ActivityKind, string> = { page: 'página', video: 'video', file: 'archivo', quiz: 'cuestionario' };

/** The version an edit targets, locked for the rest of the transaction. */
interface EditableVersion {
  id: string;
  courseId: string;
  number: number;
}

export interface ActivityFileDownload {
  stream: Readable;
  name: string;
  type: string;
  size: number;
}

/** An uploaded file as multer hands it over (memory storage). */
export interface UploadedActivityFile {
  originalname: string;
  size: number;
  buffer: Buffer;
}

/**
 * A course's versioned content: modules, activities, quiz questions and files. Edits always target
 * the course's latest version, and only while no cohort uses it (the version row is locked
 * `FOR UPDATE` first, so a cohort created at the same moment waits for the edit, or the edit sees
 * the cohort). A used version is changed by creating the next one.
 */
@Injectable()
export class CourseContentService {
  private readonly logger = new Logger(CourseContentService.name);

  constructor(
    @InjectRepository(CourseModule) private readonly modules: Repository<CourseModule>,
    private readonly storage: StorageService,
    private readonly audit: AuditService,
  ) {}

  private get manager(): EntityManager {
    return this.modules.manager;
  }

  // ------------------------------------------------------------------------------------------
  // Reading

  async content(courseId: string, versionId: string | undefined, viewer: AuthUser): Promise<CourseContentDto> {
    await this.requireCourse(courseId);
    await requireCourseRead(this.manager, viewer, courseId);
    return this.loadContent(courseId, versionId);
  }

  async downloadFile(activityId: string, viewer: AuthUser): Promise<ActivityFileDownload> {
    const { activity, courseId } = await this.findActivity(activityId);
    await requireActivityFileAccess(this.manager, viewer, courseId);
    if (!activity.fileKey) throw new CoursesException(Code.NoFile, 'La actividad no tiene archivo');
    const stream = await this.storage.read(activity.fileKey).catch(() => {
      throw new CoursesException(Code.NoFile, 'El archivo de la actividad no está disponible');
    });
    return { stream, name: activity.fileName ?? 'archivo', type: activity.fileType ?? 'application/octet-stream', size: activity.fileSize ?? 0 };
  }

  // ------------------------------------------------------------------------------------------
  // Versions

  /** Copies the latest version (modules, activities with their files, questions) into the next one. */
  async createVersion(courseId: string, actor: AuthUser): Promise<CourseContentDto> {
    const newId = await this.manager.transaction(async (tx) => {
      const [course] = await tx.query(`SELECT id FROM courses WHERE id = $1 FOR UPDATE`, [courseId]);
      if (!course) throw courseNotFound();
      const [latest] = await tx.query(
        `SELECT id, number FROM course_versions WHERE course_id = $1 ORDER BY number DESC LIMIT 1 FOR UPDATE`,
        [courseId],
      );
      const cohorts = await this.cohortCount(tx, latest.id);
      if (cohorts === 0) {
        const message = `La versión ${latest.number} todavía no la usa ninguna cohorte: modifíquela directamente`;
        throw new CoursesException(Code.VersionNotNeeded, message, [{ field: 'version', message }]);
      }
      const [created] = await tx.query(
        `INSERT INTO course_versions (course_id, number, created_by) VALUES ($1, $2, $3) RETURNING id`,
        [courseId, latest.number + 1, actor.id],
      );
      await this.copyContent(tx, latest.id, created.id);
      await this.audit.record(
        {
          actorId: actor.id, action: 'course.version.create', entityType: 'course_version', entityId: created.id,
          after: { courseId, number: latest.number + 1, copiedFrom: latest.id },
        },
        tx,
      );
      return created.id as string;
    });
    return this.loadContent(courseId, newId);
  }

  // ------------------------------------------------------------------------------------------
  // Modules

  async createModule(courseId: string, dto: CreateModuleDto, actor: AuthUser): Promise<CourseModuleDto> {
    await this.requireCourse(courseId);
    const versionId = await latestVersionId(this.manager, courseId);
    if (!versionId) throw courseNotFound();
    const id = await this.manager.transaction(async (tx) => {
      const version = await this.lockEditable(tx, versionId);
      const [{ next }] = await tx.query(`SELECT coalesce(max(position), 0) + 1 AS next FROM course_modules WHERE version_id = $1`, [version.id]);
      const saved = await tx.getRepository(CourseModule).save({ versionId: version.id, position: next, title: dto.title, summary: dto.summary ?? '' });
      await this.audit.record({ actorId: actor.id, action: 'course.module.create', entityType: 'course_module', entityId: saved.id, after: { courseId, versionId, ...dto } }, tx);
      return saved.id;
    });
    return this.moduleDto(id);
  }

  async updateModule(moduleId: string, dto: UpdateModuleDto, actor: AuthUser): Promise<CourseModuleDto> {
    this.refuseNulls(dto, ['title', 'summary']);
    const current = await this.findModule(moduleId);
    await this.manager.transaction(async (tx) => {
      await this.lockEditable(tx, current.versionId);
      await tx.getRepository(CourseModule).update(moduleId, dto);
      await this.audit.record(
        { actorId: actor.id, action: 'course.module.update', entityType: 'course_module', entityId: moduleId, before: { title: current.title, summary: current.summary }, after: dto },
        tx,
      );
    });
    return this.moduleDto(moduleId);
  }

  async deleteModule(moduleId: string, actor: AuthUser): Promise<void> {
    const current = await this.findModule(moduleId);
    const released = await this.manager.transaction(async (tx) => {
      await this.lockEditable(tx, current.versionId);
      const mod = await tx.getRepository(CourseModule).findOneBy({ id: moduleId });
      if (!mod) throw this.moduleNotFound();
      const files: { file_key: string }[] = await tx.query(
        `SELECT file_key FROM course_activities WHERE module_id = $1 AND file_key IS NOT NULL`,
        [moduleId],
      );
      await tx.query(`DELETE FROM course_modules WHERE id = $1`, [moduleId]);
      await tx.query(`UPDATE course_modules SET position = position - 1 WHERE version_id = $1 AND position > $2`, [mod.versionId, mod.position]);
      await this.audit.record(
        { actorId: actor.id, action: 'course.module.delete', entityType: 'course_module', entityId: moduleId, before: { versionId: mod.versionId, title: mod.title, position: mod.position } },
        tx,
      );
      return files.map((f) => f.file_key);
    });
    await this.releaseFiles(released);
  }

  async reorderModules(courseId: string, dto: ModuleOrderDto, actor: AuthUser): Promise<CourseContentDto> {
    await this.requireCourse(courseId);
    const versionId = await latestVersionId(this.manager, courseId);
    if (!versionId) throw courseNotFound();
    await this.manager.transaction(async (tx) => {
      await this.lockEditable(tx, versionId);
      const current: { id: string }[] = await tx.query(`SELECT id FROM course_modules WHERE version_id = $1 ORDER BY position`, [versionId]);
      if (!isPermutationOf(dto.moduleIds, current.map((m) => m.id))) {
        throw new CoursesException(Code.InvalidOrder, 'El nuevo orden debe incluir cada módulo de la versión una sola vez', [
          { field: 'moduleIds', message: 'Incluya cada módulo de la versión una sola vez' },
        ]);
      }
      await this.applyOrder(tx, 'course_modules', dto.moduleIds);
      await this.audit.record(
        { actorId: actor.id, action: 'course.module.reorder', entityType: 'course_version', entityId: versionId, before: { moduleIds: current.map((m) => m.id) }, after: dto },
        tx,
      );
    });
    return this.loadContent(courseId, versionId);
  }

  // ------------------------------------------------------------------------------------------
  // Activities

  async createActivity(moduleId: string, dto: CreateActivityDto, actor: AuthUser): Promise<CourseActivityDto> {
    const mod = await this.findModule(moduleId);
    this.checkActivityFields(dto.kind, dto);
    const id = await this.manager.transaction(async (tx) => {
      const version = await this.lockEditable(tx, mod.versionId);
      const [{ next }] = await tx.query(`SELECT coalesce(max(position), 0) + 1 AS next FROM course_activities WHERE module_id = $1`, [moduleId]);
      const [course] = await tx.query(`SELECT passing_score FROM courses WHERE id = $1`, [version.courseId]);
      const quiz = dto.kind === 'quiz';
      const saved = await tx.getRepository(CourseActivity).save({
        moduleId,
        position: next,
        kind: dto.kind,
        title: dto.title,
        required: dto.required ?? true,
        body: dto.body ?? '',
        videoUrl: dto.kind === 'video' ? (dto.videoUrl ?? null) : null,
        maxAttempts: quiz ? (dto.maxAttempts ?? null) : null,
        passingScore: quiz ? (dto.passingScore ?? course.passing_score) : null,
        estimatedMinutes: dto.estimatedMinutes ?? null,
      });
      await this.audit.record(
        { actorId: actor.id, action: 'course.activity.create', entityType: 'course_activity', entityId: saved.id, after: { moduleId, ...dto, body: undefined } },
        tx,
      );
      return saved.id;
    });
    return this.activityDto(id);
  }

  async updateActivity(activityId: string, dto: UpdateActivityDto, actor: AuthUser): Promise<CourseActivityDto> {
    this.refuseNulls(dto, ['title', 'required', 'body', 'moduleId']);
    const found = await this.findActivity(activityId);
    this.checkActivityFields(found.activity.kind, dto);
    await this.manager.transaction(async (tx) => {
      await this.lockEditable(tx, found.versionId);
      const activity = await this.lockedActivity(tx, activityId);
      const versionId = found.versionId;
      const { moduleId: targetModuleId, ...fields } = dto;
      const changes: Partial<CourseActivity> = { ...fields };
      if (targetModuleId && targetModuleId !== activity.moduleId) {
        const [target] = await tx.query(`SELECT version_id FROM course_modules WHERE id = $1`, [targetModuleId]);
        if (!target || target.version_id !== versionId) {
          throw new CoursesException(Code.InvalidActivity, 'Solo se puede mover a otro módulo de la misma versión', [
            { field: 'moduleId', message: 'No es un módulo de esta versión del contenido' },
          ]);
        }
        const [{ next }] = await tx.query(`SELECT coalesce(max(position), 0) + 1 AS next FROM course_activities WHERE module_id = $1`, [targetModuleId]);
        changes.moduleId = targetModuleId;
        changes.position = next;
        await tx.getRepository(CourseActivity).update(activityId, changes);
        await tx.query(`UPDATE course_activities SET position = position - 1 WHERE module_id = $1 AND position > $2`, [activity.moduleId, activity.position]);
      } else if (Object.keys(changes).length > 0) {
        await tx.getRepository(CourseActivity).update(activityId, changes);
      }
      await this.audit.record(
        {
          actorId: actor.id, action: 'course.activity.update', entityType: 'course_activity', entityId: activityId,
          before: { moduleId: activity.moduleId, title: activity.title, required: activity.required, videoUrl: activity.videoUrl, maxAttempts: activity.maxAttempts, passingScore: activity.passingScore },
          after: { ...dto, body: dto.body === undefined ? undefined : '(modificado)' },
        },
        tx,
      );
    });
    return this.activityDto(activityId);
  }

  async deleteActivity(activityId: string, actor: AuthUser): Promise<void> {
    const { versionId } = await this.findActivity(activityId);
    const fileKey = await this.manager.transaction(async (tx) => {
      await this.lockEditable(tx, versionId);
      const activity = await this.lockedActivity(tx, activityId);
      await tx.query(`DELETE FROM course_activities WHERE id = $1`, [activityId]);
      await tx.query(`UPDATE course_activities SET position = position - 1 WHERE module_id = $1 AND position > $2`, [activity.moduleId, activity.position]);
      await this.audit.record(
        {
          actorId: actor.id, action: 'course.activity.delete', entityType: 'course_activity', entityId: activityId,
          before: { moduleId: activity.moduleId, kind: activity.kind, title: activity.title, fileKey: activity.fileKey },
        },
        tx,
      );
      return activity.fileKey;
    });
    if (fileKey) await this.releaseFiles([fileKey]);
  }

  async reorderActivities(moduleId: string, dto: ActivityOrderDto, actor: AuthUser): Promise<CourseModuleDto> {
    const mod = await this.findModule(moduleId);
    await this.manager.transaction(async (tx) => {
      await this.lockEditable(tx, mod.versionId);
      const current: { id: string }[] = await tx.query(`SELECT id FROM course_activities WHERE module_id = $1 ORDER BY position`, [moduleId]);
      if (!isPermutationOf(dto.activityIds, current.map((a) => a.id))) {
        throw new CoursesException(Code.InvalidOrder, 'El nuevo orden debe incluir cada actividad del módulo una sola vez', [
          { field: 'activityIds', message: 'Incluya cada actividad del módulo una sola vez' },
        ]);
      }
      await this.applyOrder(tx, 'course_activities', dto.activityIds);
      await this.audit.record(
        { actorId: actor.id, action: 'course.activity.reorder', entityType: 'course_module', entityId: moduleId, before: { activityIds: current.map((a) => a.id) }, after: dto },
        tx,
      );
    });
    return this.moduleDto(moduleId);
  }

  // ------------------------------------------------------------------------------------------
  // Quiz questions

  /** Replaces all the questions of a quiz at once; every question must be answerable (questionProblems). */
  async replaceQuestions(activityId: string, dto: QuizQuestionsDto, actor: AuthUser): Promise<CourseActivityDto> {
    const { activity, versionId } = await this.findActivity(activityId);
    if (activity.kind !== 'quiz') {
      throw new CoursesException(Code.InvalidActivity, 'Solo los cuestionarios llevan preguntas', [
        { field: 'questions', message: `Una actividad de tipo ${KIND_NAMES[activity.kind]} no lleva preguntas` },
      ]);
    }
    const rows = dto.questions.map((question, index) => ({ activityId, position: index + 1, ...normaliseQuestion(question) }));
    const errors: FieldError[] = rows.flatMap((row, index) =>
      questionProblems(row).map((problem) => ({
        field: `questions[${index}].${problem.field}`,
        message: QUESTION_MESSAGES[problem.field][problem.code] ?? 'No es válido',
      })),
    );
    if (errors.length > 0) {
      throw new CoursesException(Code.InvalidQuestions, 'Revise las preguntas marcadas: no se guardó ninguna', errors);
    }
    await this.manager.transaction(async (tx) => {
      await this.lockEditable(tx, versionId);
      const before = await tx.getRepository(QuizQuestion).count({ where: { activityId } });
      await tx.query(`DELETE FROM quiz_questions WHERE activity_id = $1`, [activityId]);
      if (rows.length > 0) await tx.getRepository(QuizQuestion).insert(rows);
      await this.audit.record(
        { actorId: actor.id, action: 'course.activity.questions', entityType: 'course_activity', entityId: activityId, before: { questions: before }, after: { questions: rows.length } },
        tx,
      );
    });
    return this.activityDto(activityId);
  }

  // ------------------------------------------------------------------------------------------
  // Files

  /**
   * Stores a file activity's file, replacing the previous one. The content decides the type (its
   * first bytes), which must agree with the name's extension; the declared type is ignored.
   */
  async uploadFile(activityId: string, file: UploadedActivityFile | undefined, actor: AuthUser): Promise<CourseActivityDto> {
    const { activity, versionId } = await this.findActivity(activityId);
    if (activity.kind !== 'file') {
      throw new CoursesException(Code.InvalidActivity, 'Solo las actividades de tipo archivo llevan un archivo', [
        { field: 'file', message: `Una actividad de tipo ${KIND_NAMES[activity.kind]} no lleva archivo` },
      ]);
    }
    await this.manager.transaction((tx) => this.lockEditable(tx, versionId)); // refuse early, before storing anything
    if (!file) {
      throw new CoursesException(Code.FileRequired, 'Adjunte un archivo', [{ field: 'file', message: 'Es obligatorio' }]);
    }
    const name = safeFileName(file.originalname);
    const check = checkActivityFile({ name, size: file.size, bytes: file.buffer });
    if (!check.ok) throw fileProblem(check.code);
    const key = newStorageKey(FILE_PREFIX);
    await this.storage.put(key, file.buffer);
    let previousKey: string | null = null;
    try {
      await this.manager.transaction(async (tx) => {
        await this.lockEditable(tx, versionId);
        const locked = await this.lockedActivity(tx, activityId);
        previousKey = locked.fileKey;
        await tx.getRepository(CourseActivity).update(activityId, { fileKey: key, fileName: name, fileType: check.type, fileSize: file.size });
        await this.audit.record(
          {
            actorId: actor.id, action: 'course.activity.file', entityType: 'course_activity', entityId: activityId,
            before: { fileName: locked.fileName, fileKey: locked.fileKey }, after: { fileName: name, fileType: check.type, fileSize: file.size, fileKey: key },
          },
          tx,
        );
      });
    } catch (error) {
      await this.storage.delete(key).catch(() => undefined);
      throw error;
    }
    if (previousKey) await this.releaseFiles([previousKey]);
    return this.activityDto(activityId);
  }

  // ------------------------------------------------------------------------------------------
  // Helpers

  private async loadContent(courseId: string, versionId: string | undefined): Promise<CourseContentDto> {
    const versions: { id: string; number: number; created_at: Date; cohort_count: number }[] = await this.manager.query(
      `SELECT v.id, v.number, v.created_at, (SELECT count(*)::int FROM cohorts co WHERE co.course_version_id = v.id) AS cohort_count
       FROM course_versions v WHERE v.course_id = $1 ORDER BY v.number`,
      [courseId],
    );
    if (versions.length === 0) throw courseNotFound();
    const version = versionId ? versions.find((v) => v.id === versionId) : versions[versions.length - 1];
    if (!version) {
      throw new CoursesException(Code.VersionNotFound, 'Esa versión del contenido no existe', [{ field: 'versionId', message: 'No es una versión de este curso' }]);
    }
    const tree = await loadVersionTree(this.manager, version.id);
    return {
      courseId,
      version: {
        id: version.id,
        number: version.number,
        locked: version.cohort_count > 0,
        cohortCount: version.cohort_count,
        latest: version === versions[versions.length - 1],
      },
      versions: versions.map((v) => ({ id: v.id, number: v.number, locked: v.cohort_count > 0, createdAt: v.created_at.toISOString() })),
      modules: tree.modules.map((m) =>
        toModuleDto(m, (tree.activities.get(m.id) ?? []).map((a) => toActivityDto(a, tree.questions.get(a.id) ?? []))),
      ),
    };
  }

  private async moduleDto(moduleId: string): Promise<CourseModuleDto> {
    const mod = await this.findModule(moduleId);
    const activities = await this.manager.getRepository(CourseActivity).find({ where: { moduleId }, order: { position: 'ASC' } });
    const questions = await this.questionsOf(activities.filter((a) => a.kind === 'quiz').map((a) => a.id));
    return toModuleDto(mod, activities.map((a) => toActivityDto(a, questions.filter((q) => q.activityId === a.id))));
  }

  private async activityDto(activityId: string): Promise<CourseActivityDto> {
    const { activity } = await this.findActivity(activityId);
    return toActivityDto(activity, await this.questionsOf([activityId]));
  }

  private async questionsOf(activityIds: string[]): Promise<QuizQuestion[]> {
    if (activityIds.length === 0) return [];
    return this.manager
      .getRepository(QuizQuestion)
      .createQueryBuilder('q')
      .where('q.activity_id IN (:...ids)', { ids: activityIds })
      .orderBy('q.position', 'ASC')
      .getMany();
  }

  private async requireCourse(courseId: string): Promise<void> {
    const [row] = await this.manager.query(`SELECT 1 FROM courses WHERE id = $1`, [courseId]);
    if (!row) throw courseNotFound();
  }

  private async findModule(moduleId: string): Promise<CourseModule> {
    const mod = await this.manager.getRepository(CourseModule).findOneBy({ id: moduleId });
    if (!mod) throw this.moduleNotFound();
    return mod;
  }

  private async findActivity(activityId: string): Promise<{ activity: CourseActivity; versionId: string; courseId: string }> {
    const activity = await this.manager.getRepository(CourseActivity).findOneBy({ id: activityId });
    if (!activity) throw this.activityNotFound();
    const [row] = await this.manager.query(
      `SELECT m.version_id, v.course_id FROM course_modules m JOIN course_versions v ON v.id = m.version_id WHERE m.id = $1`,
      [activity.moduleId],
    );
    if (!row) throw this.activityNotFound();
    return { activity, versionId: row.version_id, courseId: row.course_id };
  }

  /** The activity as it is once its version is locked (it may have moved or gone meanwhile). */
  private async lockedActivity(tx: EntityManager, activityId: string): Promise<CourseActivity> {
    const activity = await tx.getRepository(CourseActivity).findOneBy({ id: activityId });
    if (!activity) throw this.activityNotFound();
    return activity;
  }

  private moduleNotFound() {
    return new CoursesException(Code.ModuleNotFound, 'Módulo no encontrado');
  }

  private activityNotFound() {
    return new CoursesException(Code.ActivityNotFound, 'Actividad no encontrada');
  }

  private async cohortCount(manager: EntityManager, versionId: string): Promise<number> {
    const [row] = await manager.query(`SELECT count(*)::int AS n FROM cohorts WHERE course_version_id = $1`, [versionId]);
    return row.n;
  }

  /**
   * Locks a version for an edit and checks it may be edited: no cohort may use it, and it must be
   * the course's latest. The row lock conflicts with the key-share lock a new cohort's foreign
   * key takes, so the check and the edit cannot interleave with a cohort being scheduled on it.
   */
  private async lockEditable(tx: EntityManager, versionId: string): Promise<EditableVersion> {
    const [version] = await tx.query(`SELECT id, course_id, number FROM course_versions WHERE id = $1 FOR UPDATE`, [versionId]);
    if (!version) throw new CoursesException(Code.VersionNotFound, 'Esa versión del contenido no existe');
    const cohorts = await this.cohortCount(tx, versionId);
    if (cohorts > 0) {
      throw new CoursesException(
        Code.ContentLocked,
        `La versión ${version.number} del contenido ya la usan cohortes programadas; cree una nueva versión para modificarla`,
        [{ field: 'version', message: `La usa${cohorts === 1 ? ' 1 cohorte' : 'n ' + cohorts + ' cohortes'}; cree una nueva versión para modificarla` }],
      );
    }
    const [{ latest }] = await tx.query(`SELECT max(number) AS latest FROM course_versions WHERE course_id = $1`, [version.course_id]);
    if (version.number !== latest) {
      const message = `La versión ${version.number} no es la última: solo se modifica la versión ${latest}`;
      throw new CoursesException(Code.VersionNotLatest, message, [{ field: 'version', message }]);
    }
    return { id: version.id, courseId: version.course_id, number: version.number };
  }

  /** New positions 1..n in the given order, in one statement (the unique positions are checked at commit). */
  private async applyOrder(tx: EntityManager, table: 'course_modules' | 'course_activities', ids: string[]) {
    if (ids.length === 0) return;
    await tx.query(
      `UPDATE ${table} t SET position = o.ord, updated_at = now() FROM unnest($1::uuid[]) WITH ORDINALITY AS o(id, ord) WHERE t.id = o.id`,
      [ids],
    );
  }

  private async copyContent(tx: EntityManager, fromVersionId: string, toVersionId: string) {
    await tx.query(
      `INSERT INTO course_modules (version_id, position, title, summary)
       SELECT $2, position, title, summary FROM course_modules WHERE version_id = $1`,
      [fromVersionId, toVersionId],
    );
    await tx.query(
      `INSERT INTO course_activities (module_id, position, kind, title, required, body, video_url, file_key, file_name, file_type,
         file_size, max_attempts, passing_score, estimated_minutes)
       SELECT nm.id, a.position, a.kind, a.title, a.required, a.body, a.video_url, a.file_key, a.file_name, a.file_type,
         a.file_size, a.max_attempts, a.passing_score, a.estimated_minutes
       FROM course_activities a
       JOIN course_modules om ON om.id = a.module_id
       JOIN course_modules nm ON nm.version_id = $2 AND nm.position = om.position
       WHERE om.version_id = $1`,
      [fromVersionId, toVersionId],
    );
    await tx.query(
      `INSERT INTO quiz_questions (activity_id, position, kind, prompt, options, accepted_answers, points, feedback)
       SELECT na.id, q.position, q.kind, q.prompt, q.options, q.accepted_answers, q.points, q.feedback
       FROM quiz_questions q
       JOIN course_activities oa ON oa.id = q.activity_id
       JOIN course_modules om ON om.id = oa.module_id
       JOIN course_modules nm ON nm.version_id = $2 AND nm.position = om.position
       JOIN course_activities na ON na.module_id = nm.id AND na.position = oa.position
       WHERE om.version_id = $1`,
      [fromVersionId, toVersionId],
    );
  }

  /** Deletes stored files no activity refers to any more (versions share the files they copied). */
  private async releaseFiles(keys: string[]) {
    for (const key of new Set(keys)) {
      try {
        const [used] = await this.manager.query(`SELECT 1 FROM course_activities WHERE file_key = $1 LIMIT 1`, [key]);
        if (!used) await this.storage.delete(key);
      } catch (error) {
        this.logger.warn(`Could not release stored file ${key}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }

  /** Fields that belong to one kind of activity only. */
  private checkActivityFields(kind: ActivityKind, dto: Partial<CreateActivityDto>) {
    const errors: FieldError[] = [];
    if (dto.videoUrl != null) {
      if (kind !== 'video') errors.push({ field: 'videoUrl', message: 'Solo las actividades de video llevan un enlace' });
      else if (!isHttpsUrl(dto.videoUrl)) errors.push({ field: 'videoUrl', message: 'Use una dirección completa que empiece con https://' });
    }
    if (kind !== 'quiz') {
      if (dto.maxAttempts != null) errors.push({ field: 'maxAttempts', message: 'Solo los cuestionarios tienen límite de intentos' });
      if (dto.passingScore != null) errors.push({ field: 'passingScore', message: 'Solo los cuestionarios tienen nota de aprobación' });
    } else if (dto.passingScore === null) {
      errors.push({ field: 'passingScore', message: 'Es obligatorio' });
    }
    if (errors.length > 0) throw new CoursesException(Code.InvalidActivity, 'Revise los campos marcados', errors);
  }

  private refuseNulls(dto: object, fields: string[]) {
    const errors = fields.filter((field) => (dto as Record<string, unknown>)[field] === null).map((field) => ({ field, message: 'Es obligatorio' }));
    if (errors.length > 0) throw new CoursesException(Code.Invalid, 'Revise los campos marcados', errors);
  }
}

/** Stored options: ids kept when sent (and unique), true/false options fixed; answers trimmed. */
const normaliseQuestion = (question: QuestionInputDto) => {
  const given = question.options ?? [];
  let options: QuestionOption[] = [];
  if (question.kind === 'true_false') {
    options = [
      { id: 'true', text: 'Verdadero', correct: given[0]?.correct === true },
      { id: 'false', text: 'Falso', correct: given[1]?.correct === true },
    ];
  } else if (kindHasOptions(question.kind)) {
    const used = new Set<string>();
    options = given.map((option) => {
      const id = option.id && !used.has(option.id) ? option.id : randomUUID().slice(0, 8);
      used.add(id);
      return { id, text: option.text, correct: option.correct };
    });
  }
  return {
    kind: question.kind,
    prompt: question.prompt,
    options,
    acceptedAnswers: question.kind === 'short_answer' ? (question.acceptedAnswers ?? []).map((a) => a.trim()).filter(Boolean) : [],
    points: question.points ?? 1,
    feedback: question.feedback ?? null,
  };
};

/** A name safe to store and to send back in Content-Disposition: no path, no control characters. */
const safeFileName = (name: string): string => {
  const base = name.split(/[\\/]/).pop() ?? '';
  const clean = base.replace(/[\u0000-\u001f\u007f"]/g, '').trim().slice(-200);
  return clean || 'archivo';
};

const fileProblem = (code: 'empty' | 'tooLarge' | 'unsupportedType' | 'extensionMismatch'): CoursesException => {
  const mb = Math.round(MAX_ACTIVITY_FILE_BYTES / (1024 * 1024));
  switch (code) {
    case 'empty':
      return new CoursesException(Code.FileRequired, 'El archivo está vacío', [{ field: 'file', message: 'El archivo está vacío' }]);
    case 'tooLarge':
      return new CoursesException(Code.FileTooLarge, `El archivo supera el máximo de ${mb} MB`, [{ field: 'file', message: `Supera el máximo de ${mb} MB` }]);
    case 'unsupportedType':
      return new CoursesException(Code.FileType, 'Tipo de archivo no permitido: use PDF, Word, Excel, PowerPoint, OpenDocument, PNG o JPEG', [
        { field: 'file', message: 'Su contenido no es PDF, Word, Excel, PowerPoint, OpenDocument, PNG ni JPEG' },
      ]);
    case 'extensionMismatch':
      return new CoursesException(Code.FileType, 'La extensión del nombre no corresponde al contenido del archivo', [
        { field: 'file', message: 'La extensión del nombre no corresponde a su contenido' },
      ]);
  }
};
