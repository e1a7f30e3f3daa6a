import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, Repository } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { canChangeCourseStatus, publishProblems, SEAT_HOLDING_STATUSES } from '@campus/domain';
import type { CourseStatus, PublishProblem, QuestionProblem } from '@campus/domain';
import type { AuthUser } from '../../common/decorators/auth.decorators';
import type { FieldError } from '../../common/errors/domain.exception';
import { containsPattern } from '../../common/database/like';
import { AuditService } from '../audit/audit.service';
import { refreshCourseSearchDocument } from './course-search-document';
import { requireCourseRead, scopeCoursesQuery } from './courses.access';
import { courseNotFound, CoursesException, CoursesExceptionCode as Code } from './courses.exception';
import { CourseVersion } from './entities/course-version.entity';
import { Course } from './entities/course.entity';
import { toCourseDto, toCourseSummary } from './dto/course.dto';
import type {
  CourseCompetencyDto, CourseCompetencyInputDto, CourseDto, CoursePageDto, CoursePrerequisiteDto, CourseQueryDto, CourseVersionSummaryDto,
  CreateCourseDto, UpdateCourseDto,
} from './dto/course.dto';
import { loadPublishableContent } from './course-content.queries';

/** Terms people enrolled under: they no longer change once a cohort of the course holds seats. */
const TERMS_FIELDS = ['workloadHours', 'passingScore', 'minAttendance', 'certificateKind', 'competencies'] as const;
type TermsField = (typeof TERMS_FIELDS)[number];

const TERMS_LABELS: Record<TermsField, string> = {
  workloadHours: 'la carga horaria',
  passingScore: 'la nota de aprobación',
  minAttendance: 'la asistencia mínima',
  certificateKind: 'el tipo de certificado',
  competencies: 'las competencias que otorga',
};

/** Fields a PATCH may not empty (`null`): the columns require a value. */
const REQUIRED_ON_UPDATE = ['code', 'title', 'summary', 'description', 'areaId', 'modality', 'workloadHours', 'passingScore',
  'minAttendance', 'certificateKind', 'requiresEndorsement', 'requiresApproval', 'sdgTargets', 'competencies', 'prerequisiteIds'] as const;

const QUESTION_PROBLEM_MESSAGES: Record<QuestionProblem['code'], string> = {
  required: 'falta texto',
  tooFewOptions: 'necesita al menos dos opciones',
  noCorrectOption: 'no tiene respuesta correcta',
  oneCorrectOption: 'debe tener una sola respuesta correcta',
  duplicateOption: 'tiene opciones repetidas',
  noAcceptedAnswer: 'no tiene respuestas aceptadas',
};

/** Field and Spanish message for each thing that keeps a course from being published. */
export const publishProblemError = (
  problem: PublishProblem,
  modules: readonly { title: string; activities: readonly { title: string }[] }[],
): FieldError => {
  if (problem.code === 'noModules') return { field: 'modules', message: 'El contenido no tiene módulos' };
  const mod = modules[problem.module];
  const moduleField = `modules[${problem.module}]`;
  if (problem.code === 'emptyModule') return { field: `${moduleField}.activities`, message: `El módulo «${mod.title}» no tiene actividades` };
  const activity = mod.activities[problem.activity];
  const field = `${moduleField}.activities[${problem.activity}]`;
  switch (problem.code) {
    case 'videoMissing':
      return { field: `${field}.videoUrl`, message: `El video «${activity.title}» no tiene enlace` };
    case 'fileMissing':
      return { field: `${field}.file`, message: `La actividad «${activity.title}» no tiene su archivo` };
    case 'quizWithoutQuestions':
      return { field: `${field}.questions`, message: `El cuestionario «${activity.title}» no tiene preguntas` };
    case 'invalidQuestion':
      return {
        field: `${field}.questions[${problem.question}]`,
        message: `La pregunta ${problem.question + 1} del cuestionario «${activity.title}» ${problem.problems.map((p) => QUESTION_PROBLEM_MESSAGES[p.code]).join(', ')}`,
      };
  }
};

/** What the audit log keeps of a course. */
const auditView = (c: Partial<Course>, extra: object = {}) => ({
  code: c.code, title: c.title, areaId: c.areaId, subAreaId: c.subAreaId, modality: c.modality, workloadHours: c.workloadHours,
  passingScore: c.passingScore, minAttendance: c.minAttendance, certificateKind: c.certificateKind,
  requiresEndorsement: c.requiresEndorsement, requiresApproval: c.requiresApproval, sdgTargets: c.sdgTargets, status: c.status, ...extra,
});

interface FrameworkRow {
  id: string;
  kind: string;
  parent_id: string | null;
  retired_at: Date | null;
  code: string;
}

@Injectable()
export class CoursesService {
  constructor(
    @InjectRepository(Course) private readonly courses: Repository<Course>,
    private readonly audit: AuditService,
  ) {}

  async list(query: CourseQueryDto, viewer: AuthUser): Promise<CoursePageDto> {
    const qb = this.courses
      .createQueryBuilder('c')
      .innerJoinAndSelect('c.area', 'a')
      .leftJoinAndSelect('c.subArea', 's')
      .addSelect('(SELECT coalesce(max(v.number), 0) FROM course_versions v WHERE v.course_id = c.id)', 'latest_version');
    scopeCoursesQuery(qb, 'c', viewer);
    if (query.search?.trim()) {
      const search = query.search.trim();
      qb.andWhere(
        new Brackets((w) =>
          w.where(`c.search_vector @@ websearch_to_tsquery('campus_es', :search)`, { search })
            .orWhere('lower(c.code) LIKE :term', { term: containsPattern(search) })
            .orWhere('unaccent(lower(c.title)) LIKE unaccent(:term)'),
        ),
      );
    }
    if (query.status) qb.andWhere('c.status = :status', { status: query.status });
    if (query.areaId) qb.andWhere('c.area_id = :areaId', { areaId: query.areaId });
    const total = await qb.getCount();
    qb.orderBy('c.title', 'ASC').addOrderBy('c.code', 'ASC').offset((query.page - 1) * query.pageSize).limit(query.pageSize);
    const { entities, raw } = await qb.getRawAndEntities<{ latest_version: number }>();
    return {
      items: entities.map((c, index) => toCourseSummary(c, Number(raw[index]?.latest_version ?? 0))),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  async get(id: string, viewer: AuthUser): Promise<CourseDto> {
    await this.find(id);
    await requireCourseRead(this.courses.manager, viewer, id);
    return this.load(id);
  }

  async create(dto: CreateCourseDto, actor: AuthUser): Promise<CourseDto> {
    const manager = this.courses.manager;
    const errors = [
      ...(await this.areaErrors(manager, dto.areaId, dto.subAreaId ?? null, true)),
      ...(await this.competencyErrors(manager, dto.competencies ?? [], new Set())),
      ...(await this.prerequisiteErrors(manager, dto.prerequisiteIds ?? [], null)),
    ];
    this.throwIfInvalid(errors);
    await this.checkCodeFree(dto.code, null);
    const id = await manager.transaction(async (tx) => {
      const course = await tx.getRepository(Course).save({
        code: dto.code,
        title: dto.title,
        summary: dto.summary ?? '',
        description: dto.description ?? '',
        areaId: dto.areaId,
        subAreaId: dto.subAreaId ?? null,
        modality: dto.modality,
        workloadHours: dto.workloadHours,
        passingScore: dto.passingScore ?? 70,
        minAttendance: dto.minAttendance ?? 80,
        certificateKind: dto.certificateKind ?? 'approval',
        requiresEndorsement: dto.requiresEndorsement ?? true,
        requiresApproval: dto.requiresApproval ?? true,
        sdgTargets: dto.sdgTargets ?? [],
        status: 'draft',
        createdBy: actor.id,
      });
      await this.replaceCompetencies(tx, course.id, dto.competencies ?? []);
      await this.replacePrerequisites(tx, course.id, dto.prerequisiteIds ?? []);
      await tx.getRepository(CourseVersion).insert({ courseId: course.id, number: 1, createdBy: actor.id });
      await refreshCourseSearchDocument(tx, course.id);
      await this.audit.record(
        {
          actorId: actor.id, action: 'course.create', entityType: 'course', entityId: course.id,
          after: auditView(course, { competencies: dto.competencies ?? [], prerequisiteIds: dto.prerequisiteIds ?? [] }),
        },
        tx,
      );
      return course.id;
    });
    return this.load(id);
  }

  async update(id: string, dto: UpdateCourseDto, actor: AuthUser): Promise<CourseDto> {
    const nulls = REQUIRED_ON_UPDATE.filter((field) => dto[field] === null);
    this.throwIfInvalid(nulls.map((field) => ({ field, message: 'Es obligatorio' })));
    const current = await this.find(id);
    const manager = this.courses.manager;
    const currentCompetencies = await this.competencyRows(manager, id);
    const areaId = dto.areaId ?? current.areaId;
    const subAreaId = dto.subAreaId === undefined ? current.subAreaId : dto.subAreaId;
    const areaChanged = areaId !== current.areaId || subAreaId !== current.subAreaId;
    const errors = [
      ...(areaChanged ? await this.areaErrors(manager, areaId, subAreaId, areaId !== current.areaId, subAreaId !== current.subAreaId) : []),
      ...(dto.competencies ? await this.competencyErrors(manager, dto.competencies, new Set(currentCompetencies.map((c) => c.competencyId))) : []),
      ...(dto.prerequisiteIds ? await this.prerequisiteErrors(manager, dto.prerequisiteIds, id) : []),
    ];
    this.throwIfInvalid(errors);
    if (dto.code && dto.code !== current.code) await this.checkCodeFree(dto.code, id);

    await manager.transaction(async (tx) => {
      const [locked] = await tx.query(`SELECT id FROM courses WHERE id = $1 FOR UPDATE`, [id]);
      if (!locked) throw courseNotFound();
      const changedTerms = TERMS_FIELDS.filter((field) =>
        field === 'competencies'
          ? dto.competencies !== undefined && !sameCompetencies(dto.competencies ?? [], currentCompetencies)
          : dto[field as Exclude<TermsField, 'competencies'>] !== undefined &&
            dto[field as Exclude<TermsField, 'competencies'>] !== current[field as Exclude<TermsField, 'competencies'>],
      );
      if (changedTerms.length > 0 && (await this.holdsSeats(tx, id))) {
        throw new CoursesException(
          Code.TermsLocked,
          `Una cohorte de este curso ya tiene personas inscritas: no se puede cambiar ${changedTerms.map((f) => TERMS_LABELS[f]).join(', ')}`,
          changedTerms.map((field) => ({ field, message: 'No se puede cambiar: hay personas inscritas en una cohorte del curso' })),
        );
      }
      const { competencies, prerequisiteIds, ...fields } = dto;
      const changes: Partial<Course> = { ...fields, subAreaId };
      await tx.getRepository(Course).update(id, changes);
      if (competencies) await this.replaceCompetencies(tx, id, competencies);
      if (prerequisiteIds) await this.replacePrerequisites(tx, id, prerequisiteIds);
      if (areaChanged || competencies) await refreshCourseSearchDocument(tx, id);
      await this.audit.record(
        {
          actorId: actor.id, action: 'course.update', entityType: 'course', entityId: id,
          before: auditView(current, { competencies: currentCompetencies.map(({ competencyId, level }) => ({ competencyId, level })) }),
          after: auditView({ ...current, ...changes }, { competencies, prerequisiteIds }),
        },
        tx,
      );
    });
    return this.load(id);
  }

  /** Publishes a draft or archived course whose latest content is complete (422 listing what is missing). */
  async publish(id: string, actor: AuthUser): Promise<CourseDto> {
    await this.courses.manager.transaction(async (tx) => {
      const course = await this.lockForStatus(tx, id, 'published');
      const content = await loadPublishableContent(tx, id);
      const problems = publishProblems(content);
      if (problems.length > 0) {
        throw new CoursesException(
          Code.NotPublishable,
          'El curso no se puede publicar todavía: complete su contenido',
          problems.map((problem) => publishProblemError(problem, content)),
        );
      }
      await tx.query(`UPDATE courses SET status = 'published', published_at = now(), archived_at = NULL, updated_at = now() WHERE id = $1`, [id]);
      await this.audit.record(
        { actorId: actor.id, action: 'course.publish', entityType: 'course', entityId: id, before: { status: course.status }, after: { status: 'published' } },
        tx,
      );
    });
    return this.load(id);
  }

  async archive(id: string, actor: AuthUser): Promise<CourseDto> {
    await this.courses.manager.transaction(async (tx) => {
      const course = await this.lockForStatus(tx, id, 'archived');
      await tx.query(`UPDATE courses SET status = 'archived', archived_at = now(), updated_at = now() WHERE id = $1`, [id]);
      await this.audit.record(
        { actorId: actor.id, action: 'course.archive', entityType: 'course', entityId: id, before: { status: course.status }, after: { status: 'archived' } },
        tx,
      );
    });
    return this.load(id);
  }

  async find(id: string): Promise<Course> {
    const course = await this.courses.findOne({ where: { id }, relations: { area: true, subArea: true } });
    if (!course) throw courseNotFound();
    return course;
  }

  /** The course's latest content version, which new cohorts pin (for the cohorts feature). */
  async latestVersion(courseId: string, manager: EntityManager = this.courses.manager): Promise<CourseVersionSummaryDto> {
    const [row] = await manager.query(
      `SELECT v.id, v.number, (SELECT count(*)::int FROM cohorts co WHERE co.course_version_id = v.id) AS cohort_count
       FROM course_versions v WHERE v.course_id = $1 ORDER BY v.number DESC LIMIT 1`,
      [courseId],
    );
    if (!row) throw courseNotFound();
    return { id: row.id, number: row.number, locked: row.cohort_count > 0, cohortCount: row.cohort_count };
  }

  private async load(id: string): Promise<CourseDto> {
    const manager = this.courses.manager;
    const course = await this.find(id);
    const competencies = await this.competencyRows(manager, id);
    const prerequisites: CoursePrerequisiteDto[] = await manager.query(
      `SELECT p.id, p.code, p.title FROM course_prerequisites cp JOIN courses p ON p.id = cp.prerequisite_id
       WHERE cp.course_id = $1 ORDER BY p.code`,
      [id],
    );
    return toCourseDto(course, {
      competencies,
      prerequisites,
      latestVersion: await this.latestVersion(id),
      termsLocked: await this.holdsSeats(manager, id),
    });
  }

  private async competencyRows(manager: EntityManager, courseId: string): Promise<CourseCompetencyDto[]> {
    return manager.query(
      `SELECT cc.competency_id AS "competencyId", i.code, i.name, cc.level::int AS level
       FROM course_competencies cc JOIN competency_items i ON i.id = cc.competency_id
       WHERE cc.course_id = $1 ORDER BY i.code`,
      [courseId],
    );
  }

  private async holdsSeats(manager: EntityManager, courseId: string): Promise<boolean> {
    const [row] = await manager.query(
      `SELECT 1 FROM enrolments e JOIN cohorts co ON co.id = e.cohort_id WHERE co.course_id = $1 AND e.status = ANY($2) LIMIT 1`,
      [courseId, [...SEAT_HOLDING_STATUSES]],
    );
    return Boolean(row);
  }

  private async lockForStatus(tx: EntityManager, id: string, to: CourseStatus): Promise<{ status: CourseStatus }> {
    const [course] = await tx.query(`SELECT id, status FROM courses WHERE id = $1 FOR UPDATE`, [id]);
    if (!course) throw courseNotFound();
    if (!canChangeCourseStatus(course.status, to)) {
      const message = course.status === to
        ? `El curso ya está ${to === 'published' ? 'publicado' : 'archivado'}`
        : 'Solo se archiva un curso publicado';
      throw new CoursesException(Code.InvalidStatusChange, message, [{ field: 'status', message }]);
    }
    return course;
  }

  private async replaceCompetencies(tx: EntityManager, courseId: string, competencies: CourseCompetencyInputDto[]) {
    await tx.query(`DELETE FROM course_competencies WHERE course_id = $1`, [courseId]);
    if (competencies.length === 0) return;
    await tx.query(
      `INSERT INTO course_competencies (course_id, competency_id, level) SELECT $1, c, l FROM unnest($2::uuid[], $3::smallint[]) AS t(c, l)`,
      [courseId, competencies.map((c) => c.competencyId), competencies.map((c) => c.level)],
    );
  }

  private async replacePrerequisites(tx: EntityManager, courseId: string, prerequisiteIds: string[]) {
    await tx.query(`DELETE FROM course_prerequisites WHERE course_id = $1`, [courseId]);
    if (prerequisiteIds.length === 0) return;
    await tx.query(`INSERT INTO course_prerequisites (course_id, prerequisite_id) SELECT $1, p FROM unnest($2::uuid[]) AS t(p)`, [
      courseId,
      [...new Set(prerequisiteIds)],
    ]);
  }

  private async frameworkItems(manager: EntityManager, ids: string[]): Promise<Map<string, FrameworkRow>> {
    if (ids.length === 0) return new Map();
    const rows: FrameworkRow[] = await manager.query(
      `SELECT id, kind, parent_id, retired_at, code FROM competency_items WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map(rows.map((row) => [row.id, row]));
  }

  /** The area must be an active área de gestión, the sub-area an active sub-area of it (when each changes). */
  private async areaErrors(manager: EntityManager, areaId: string, subAreaId: string | null, checkArea: boolean, checkSubArea = true): Promise<FieldError[]> {
    const items = await this.frameworkItems(manager, [areaId, ...(subAreaId ? [subAreaId] : [])]);
    const errors: FieldError[] = [];
    const area = items.get(areaId);
    if (!area || area.kind !== 'area') errors.push({ field: 'areaId', message: 'No es un área de gestión del marco de competencias' });
    else if (checkArea && area.retired_at) errors.push({ field: 'areaId', message: `El área ${area.code} está retirada del marco` });
    if (subAreaId) {
      const sub = items.get(subAreaId);
      if (!sub || sub.kind !== 'sub_area') errors.push({ field: 'subAreaId', message: 'No es una sub-área del marco de competencias' });
      else if (sub.parent_id !== areaId) errors.push({ field: 'subAreaId', message: 'La sub-área no pertenece al área elegida' });
      else if (checkSubArea && sub.retired_at) errors.push({ field: 'subAreaId', message: `La sub-área ${sub.code} está retirada del marco` });
    }
    return errors;
  }

  /** Each competency once, an active competency of the framework (one the course already grants may stay after retiring). */
  private async competencyErrors(manager: EntityManager, competencies: CourseCompetencyInputDto[], alreadyGranted: Set<string>): Promise<FieldError[]> {
    const items = await this.frameworkItems(manager, competencies.map((c) => c.competencyId));
    const seen = new Set<string>();
    const errors: FieldError[] = [];
    competencies.forEach(({ competencyId }, index) => {
      const field = `competencies[${index}].competencyId`;
      const item = items.get(competencyId);
      if (seen.has(competencyId)) errors.push({ field, message: 'La competencia está repetida' });
      else if (!item || item.kind !== 'competency') errors.push({ field, message: 'No es una competencia del marco' });
      else if (item.retired_at && !alreadyGranted.has(competencyId)) errors.push({ field, message: `La competencia ${item.code} está retirada del marco` });
      seen.add(competencyId);
    });
    return errors;
  }

  /** Published or archived courses, not the course itself, and no cycle (A needs B needs A). */
  private async prerequisiteErrors(manager: EntityManager, prerequisiteIds: string[], courseId: string | null): Promise<FieldError[]> {
    if (prerequisiteIds.length === 0) return [];
    const rows: { id: string; code: string; status: CourseStatus }[] = await manager.query(
      `SELECT id, code, status FROM courses WHERE id = ANY($1::uuid[])`,
      [prerequisiteIds],
    );
    const byId = new Map(rows.map((row) => [row.id, row]));
    const errors: FieldError[] = [];
    const seen = new Set<string>();
    prerequisiteIds.forEach((id, index) => {
      const field = `prerequisiteIds[${index}]`;
      const row = byId.get(id);
      if (seen.has(id)) errors.push({ field, message: 'El curso está repetido' });
      else if (id === courseId) errors.push({ field, message: 'Un curso no puede ser requisito de sí mismo' });
      else if (!row) errors.push({ field, message: 'El curso no existe' });
      else if (row.status === 'draft') errors.push({ field, message: `El curso ${row.code} todavía es un borrador` });
      seen.add(id);
    });
    if (courseId && errors.length === 0) {
      // A cycle: the course is already (directly or not) a prerequisite of one of the new prerequisites.
      const cyclic: { id: string }[] = await manager.query(
        `WITH RECURSIVE needs(course_id, prerequisite_id, root) AS (
           SELECT course_id, prerequisite_id, course_id FROM course_prerequisites WHERE course_id = ANY($1::uuid[])
           UNION
           SELECT cp.course_id, cp.prerequisite_id, n.root FROM course_prerequisites cp JOIN needs n ON cp.course_id = n.prerequisite_id
         )
         SELECT DISTINCT root AS id FROM needs WHERE prerequisite_id = $2`,
        [prerequisiteIds, courseId],
      );
      for (const { id } of cyclic) {
        const index = prerequisiteIds.indexOf(id);
        errors.push({ field: `prerequisiteIds[${index}]`, message: `El curso ${byId.get(id)?.code ?? ''} ya requiere este curso: sería un ciclo` });
      }
    }
    return errors;
  }

  private throwIfInvalid(errors: FieldError[]) {
    if (errors.length === 0) return;
    const field = errors[0].field;
    const code = field.startsWith('competencies')
      ? Code.InvalidCompetencies
      : field.startsWith('prerequisiteIds')
        ? Code.InvalidPrerequisites
        : field === 'areaId' || field === 'subAreaId'
          ? Code.InvalidArea
          : Code.Invalid;
    throw new CoursesException(code, 'Revise los campos marcados', errors);
  }

  private async checkCodeFree(code: string, exceptId: string | null) {
    const [row] = await this.courses.manager.query(`SELECT id FROM courses WHERE code = $1`, [code]);
    if (row && row.id !== exceptId) {
      throw new CoursesException(Code.CodeTaken, 'Ya existe un curso con ese código', [{ field: 'code', message: `El código ${code} ya está registrado` }]);
    }
  }
}

const sameCompetencies = (next: CourseCompetencyInputDto[], current: CourseCompetencyDto[]): boolean => {
  if (next.length !== current.length) return false;
  const levels = new Map(current.map((c) => [c.competencyId, c.level]));
  return next.every((c) => levels.get(c.competencyId) === c.level);
};
