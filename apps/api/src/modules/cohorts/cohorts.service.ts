import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { QueryFailedError, Repository } from 'typeorm';
import type { EntityManager } from 'typeorm';
import {
  cohortDateProblems, findConflicts, laPazToday, LEARNING_STATUSES, MAX_SERIES_SESSIONS, MAX_SESSION_HOURS, sessionProblems, sessionsOutsideDates,
  weeklySeriesProblems, weeklySeriesSessions,
} from '@campus/domain';
import type { CohortDateProblem, CohortDates, SessionProblem, SessionTimes, WeeklySeriesProblem } from '@campus/domain';
import type { AuthUser } from '../../common/decorators/auth.decorators';
import type { FieldError } from '../../common/errors/domain.exception';
import { AuditService } from '../audit/audit.service';
import { Course } from '../courses/entities/course.entity';
import { CompletionService } from '../learning/completion.service';
import { EnrolmentsService } from '../enrolments/enrolments.service';
import { cohortScope, requireCohortAccess, scopeCohortsQuery } from './cohorts.access';
import { CohortsException, CohortsExceptionCode as Code } from './cohorts.exception';
import { CohortsRepository } from './cohorts.repository';
import type { ScheduledSessionRow } from './cohorts.repository';
import { conflictDtoKey, spanishDate, toCohortSummary, toConflictDto, toSessionDto } from './dto/cohort.dto';
import type {
  CohortDto, CohortSummaryDto, CohortConflictDto, CreateCohortDto, CreateCohortSessionDto, CreateCohortSessionSeriesDto, SavedCohortDto, SavedCohortSessionDto,
  CohortSessionSeriesResultDto, UpdateCohortDto, UpdateCohortSessionDto,
} from './dto/cohort.dto';
import { CohortSession } from './entities/cohort-session.entity';
import { Cohort } from './entities/cohort.entity';

const DATE_MESSAGES: Record<CohortDateProblem['code'], string> = {
  endsBeforeStart: 'La fecha de término debe ser igual o posterior a la de inicio',
  closesBeforeOpens: 'El cierre de inscripciones debe ser igual o posterior a su apertura',
  opensAfterEnd: 'Las inscripciones deben abrirse antes de que termine la cohorte',
  closesAfterEnd: 'Las inscripciones deben cerrarse a más tardar el último día de la cohorte',
};

const sessionMessage = (problem: SessionProblem | WeeklySeriesProblem, cohort: Pick<CohortDates, 'startsOn' | 'endsOn'>): string => {
  switch (problem.code) {
    case 'endsBeforeStart':
      return problem.field === 'to' ? 'Debe ser igual o posterior a la fecha de inicio de la serie' : 'Debe ser posterior a la hora de inicio';
    case 'tooLong':
      return `Una sesión dura como máximo ${MAX_SESSION_HOURS} horas`;
    case 'beforeCohort':
      return `Debe estar dentro de las fechas de la cohorte (desde el ${spanishDate(cohort.startsOn)})`;
    case 'afterCohort':
      return `Debe estar dentro de las fechas de la cohorte (hasta el ${spanishDate(cohort.endsOn)})`;
    case 'empty':
      return 'Ninguno de los días elegidos cae entre las dos fechas';
    case 'tooMany':
      return `Una serie agrega como máximo ${MAX_SERIES_SESSIONS} sesiones`;
  }
};

/** What the audit log keeps of a cohort. */
const auditView = (c: Partial<Cohort> & { facilitatorIds?: string[] }) => ({
  courseId: c.courseId, courseVersionId: c.courseVersionId, gestion: c.gestion, edition: c.edition, parallel: c.parallel,
  startsOn: c.startsOn, endsOn: c.endsOn, enrolmentOpensOn: c.enrolmentOpensOn, enrolmentClosesOn: c.enrolmentClosesOn,
  capacity: c.capacity, modality: c.modality, venue: c.venue, status: c.status, notes: c.notes, facilitatorIds: c.facilitatorIds,
});

const sessionAuditView = (s: Partial<CohortSession>) => ({
  cohortId: s.cohortId, startsAt: s.startsAt, endsAt: s.endsAt, title: s.title, venue: s.venue,
});

const isEditionViolation = (error: unknown) =>
  error instanceof QueryFailedError && (error.driverError as { constraint?: string }).constraint === 'uq_cohorts_edition';

/**
 * Cohorts of a course and their dated sessions: scheduling with its date rules, places that never
 * fall below the seats taken, facilitators, and the double bookings each change creates.
 */
@Injectable()
export class CohortsService {
  constructor(
    @InjectRepository(Cohort) private readonly cohorts: Repository<Cohort>,
    @InjectRepository(CohortSession) private readonly sessions: Repository<CohortSession>,
    @InjectRepository(Course) private readonly courses: Repository<Course>,
    private readonly repository: CohortsRepository,
    private readonly audit: AuditService,
    private readonly completion: CompletionService,
    private readonly enrolments: EnrolmentsService,
  ) {}

  async listForCourse(courseId: string, viewer: AuthUser): Promise<CohortSummaryDto[]> {
    await this.findCourse(courseId);
    const qb = this.cohorts
      .createQueryBuilder('c')
      .where('c.course_id = :courseId', { courseId })
      .orderBy('c.startsOn', 'DESC')
      .addOrderBy('c.edition', 'DESC')
      .addOrderBy('c.parallel', 'ASC');
    scopeCohortsQuery(qb, 'c', cohortScope(viewer));
    return this.summaries(await qb.getMany());
  }

  async get(id: string, viewer: AuthUser): Promise<CohortDto> {
    const cohort = await this.findCohort(id);
    const facilitators = (await this.repository.facilitatorsByCohort([id])).get(id) ?? [];
    requireCohortAccess(viewer, facilitators.map((f) => f.id));
    return this.detail(cohort);
  }

  async create(courseId: string, dto: CreateCohortDto, actor: AuthUser): Promise<SavedCohortDto> {
    const course = await this.findCourse(courseId);
    if (course.status === 'archived') {
      throw new CohortsException(Code.CourseArchived, 'El curso está archivado: publíquelo de nuevo antes de programar una cohorte');
    }
    const dates = { startsOn: dto.startsOn, endsOn: dto.endsOn, enrolmentOpensOn: dto.enrolmentOpensOn, enrolmentClosesOn: dto.enrolmentClosesOn };
    this.checkDates(dates);
    const facilitatorIds = dto.facilitatorIds ?? [];
    await this.checkFacilitators(facilitatorIds);
    const parallel = dto.parallel ?? 'A';
    const id = await this.cohorts.manager
      .transaction(async (manager) => {
        const courseVersionId = await this.repository.latestVersionId(courseId, manager);
        if (!courseVersionId) throw new CohortsException(Code.CourseWithoutVersion, 'El curso no tiene contenido que una cohorte pueda usar');
        const edition = dto.edition ?? (await this.repository.nextEdition(courseId, dto.gestion, manager));
        await this.checkEditionFree({ courseId, gestion: dto.gestion, edition, parallel }, null, manager);
        const values = {
          courseId, courseVersionId, gestion: dto.gestion, edition, parallel, ...dates, capacity: dto.capacity,
          modality: dto.modality ?? course.modality, venue: dto.venue ?? null, notes: dto.notes ?? null, status: 'scheduled' as const,
          createdBy: actor.id,
        };
        const saved = await manager.getRepository(Cohort).save(values);
        await this.replaceFacilitators(manager, saved.id, facilitatorIds);
        await this.audit.record(
          { actorId: actor.id, action: 'cohort.create', entityType: 'cohort', entityId: saved.id, after: auditView({ ...values, facilitatorIds }) },
          manager,
        );
        return saved.id;
      })
      .catch((error: unknown) => this.rethrowEditionTaken(error));
    return { ...(await this.detail(await this.findCohort(id))), warnings: [] };
  }

  async update(id: string, dto: UpdateCohortDto, actor: AuthUser): Promise<SavedCohortDto> {
    const warnings = await this.cohorts.manager
      .transaction(async (manager) => {
        const current = await this.lockCohort(manager, id);
        this.requireNotCancelled(current);
        const next: Cohort = {
          ...current,
          gestion: dto.gestion ?? current.gestion,
          edition: dto.edition ?? current.edition,
          parallel: dto.parallel ?? current.parallel,
          startsOn: dto.startsOn ?? current.startsOn,
          endsOn: dto.endsOn ?? current.endsOn,
          enrolmentOpensOn: dto.enrolmentOpensOn ?? current.enrolmentOpensOn,
          enrolmentClosesOn: dto.enrolmentClosesOn ?? current.enrolmentClosesOn,
          capacity: dto.capacity ?? current.capacity,
          modality: dto.modality ?? current.modality,
          venue: dto.venue === undefined ? current.venue : dto.venue,
          notes: dto.notes === undefined ? current.notes : dto.notes,
        };
        this.checkDates(next);
        if (next.startsOn !== current.startsOn || next.endsOn !== current.endsOn) await this.checkSessionsInside(manager, next);
        if (next.capacity < current.capacity) await this.checkCapacity(manager, next);
        if (next.gestion !== current.gestion || next.edition !== current.edition || next.parallel !== current.parallel) {
          await this.checkEditionFree(next, id, manager);
        }
        const currentFacilitators = (await this.repository.facilitatorsByCohort([id], manager)).get(id)?.map((f) => f.id) ?? [];
        if (dto.facilitatorIds) await this.checkFacilitators(dto.facilitatorIds, manager);
        const before = new Set((await this.conflictsOf(id, null, manager)).map(conflictDtoKey));
        const changes = {
          gestion: next.gestion, edition: next.edition, parallel: next.parallel, startsOn: next.startsOn, endsOn: next.endsOn,
          enrolmentOpensOn: next.enrolmentOpensOn, enrolmentClosesOn: next.enrolmentClosesOn, capacity: next.capacity,
          modality: next.modality, venue: next.venue, notes: next.notes,
        };
        await manager.getRepository(Cohort).update(id, changes);
        if (dto.facilitatorIds) await this.replaceFacilitators(manager, id, dto.facilitatorIds);
        // New places go to the waitlist in arrival order, in this transaction (the cohort is locked).
        if (next.capacity > current.capacity) await this.enrolments.promoteWaitlisted(manager, id, actor.id);
        await this.audit.record(
          {
            actorId: actor.id, action: 'cohort.update', entityType: 'cohort', entityId: id,
            before: auditView({ ...current, facilitatorIds: currentFacilitators }),
            after: auditView({ ...next, facilitatorIds: dto.facilitatorIds ?? currentFacilitators }),
          },
          manager,
        );
        return (await this.conflictsOf(id, null, manager)).filter((conflict) => !before.has(conflictDtoKey(conflict)));
      })
      .catch((error: unknown) => this.rethrowEditionTaken(error));
    return { ...(await this.detail(await this.findCohort(id))), warnings };
  }

  /**
   * Cancels (the cohort will not run) or closes (it has finished) a scheduled cohort. Closing
   * applies the completion rule to everyone still taking the course, in the same transaction:
   * those who meet it pass, the others fail, nobody stays in progress. Requests and the waitlist
   * are left as they are (the enrolment workflow decides them).
   */
  async setStatus(id: string, status: 'cancelled' | 'closed', actor: AuthUser): Promise<CohortDto> {
    await this.cohorts.manager.transaction(async (manager) => {
      const current = await this.lockCohort(manager, id);
      if (current.status !== 'scheduled') {
        const now = current.status === 'cancelled' ? 'cancelada' : 'cerrada';
        throw new CohortsException(Code.InvalidStatusChange, `La cohorte ya está ${now}`);
      }
      await manager.getRepository(Cohort).update(id, { status });
      await this.audit.record(
        { actorId: actor.id, action: status === 'cancelled' ? 'cohort.cancel' : 'cohort.close', entityType: 'cohort', entityId: id, before: { status: current.status }, after: { status } },
        manager,
      );
      if (status === 'closed') {
        const learning: { id: string }[] = await manager.query(
          `SELECT id FROM enrolments WHERE cohort_id = $1 AND status = ANY($2::text[]) ORDER BY id FOR UPDATE`,
          [id, LEARNING_STATUSES],
        );
        await this.completion.evaluate(manager, learning.map((row) => row.id), { closing: true, actorId: actor.id });
      }
    });
    return this.detail(await this.findCohort(id));
  }

  async addSession(cohortId: string, dto: CreateCohortSessionDto, actor: AuthUser): Promise<SavedCohortSessionDto> {
    const { saved, cohort } = await this.cohorts.manager.transaction(async (manager) => {
      const cohort = await this.lockCohort(manager, cohortId);
      this.requireNotCancelled(cohort);
      this.checkSession(dto, cohort);
      const values = { cohortId, startsAt: new Date(dto.startsAt), endsAt: new Date(dto.endsAt), title: dto.title, venue: dto.venue ?? null };
      const saved = await manager.getRepository(CohortSession).save(values);
      await this.audit.record(
        { actorId: actor.id, action: 'cohort_session.create', entityType: 'cohort_session', entityId: saved.id, after: sessionAuditView(values) },
        manager,
      );
      return { saved, cohort };
    });
    return { ...toSessionDto(saved, cohort.venue), warnings: await this.conflictsOf(cohortId, [saved.id]) };
  }

  /** Adds a weekly series of sessions in one go: all of them or none. */
  async addSeries(cohortId: string, dto: CreateCohortSessionSeriesDto, actor: AuthUser): Promise<CohortSessionSeriesResultDto> {
    const { saved, cohort } = await this.cohorts.manager.transaction(async (manager) => {
      const cohort = await this.lockCohort(manager, cohortId);
      this.requireNotCancelled(cohort);
      const problems = weeklySeriesProblems(dto, cohort);
      if (problems.length > 0) {
        throw new CohortsException(Code.InvalidSeries, 'Revise la serie de sesiones', this.fieldErrors(problems, (p) => sessionMessage(p, cohort)));
      }
      const title = dto.title || 'Sesión';
      const rows = weeklySeriesSessions(dto).map((times) => ({
        cohortId, startsAt: new Date(times.startsAt), endsAt: new Date(times.endsAt), title, venue: dto.venue ?? null,
      }));
      const saved = await manager.getRepository(CohortSession).save(rows);
      await this.audit.record(
        {
          actorId: actor.id, action: 'cohort_session.create_series', entityType: 'cohort', entityId: cohortId,
          after: { ...dto, sessionIds: saved.map((s) => s.id) },
        },
        manager,
      );
      return { saved, cohort };
    });
    saved.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
    return {
      sessions: saved.map((session) => toSessionDto(session, cohort.venue)),
      warnings: await this.conflictsOf(cohortId, saved.map((s) => s.id)),
    };
  }

  async updateSession(id: string, dto: UpdateCohortSessionDto, actor: AuthUser): Promise<SavedCohortSessionDto> {
    const { saved, cohort } = await this.cohorts.manager.transaction(async (manager) => {
      const current = await this.findSession(id, manager);
      const cohort = await this.lockCohort(manager, current.cohortId);
      this.requireNotCancelled(cohort);
      const next = {
        startsAt: dto.startsAt ? new Date(dto.startsAt) : current.startsAt,
        endsAt: dto.endsAt ? new Date(dto.endsAt) : current.endsAt,
        title: dto.title ?? current.title,
        venue: dto.venue === undefined ? current.venue : dto.venue,
      };
      this.checkSession({ startsAt: next.startsAt.toISOString(), endsAt: next.endsAt.toISOString() }, cohort);
      await manager.getRepository(CohortSession).update(id, next);
      await this.audit.record(
        { actorId: actor.id, action: 'cohort_session.update', entityType: 'cohort_session', entityId: id, before: sessionAuditView(current), after: sessionAuditView(next) },
        manager,
      );
      return { saved: { ...current, ...next }, cohort };
    });
    return { ...toSessionDto(saved, cohort.venue), warnings: await this.conflictsOf(cohort.id, [id]) };
  }

  async deleteSession(id: string, actor: AuthUser): Promise<void> {
    await this.cohorts.manager.transaction(async (manager) => {
      const current = await this.findSession(id, manager);
      this.requireNotCancelled(await this.lockCohort(manager, current.cohortId));
      await manager.getRepository(CohortSession).delete(id);
      await this.audit.record(
        { actorId: actor.id, action: 'cohort_session.delete', entityType: 'cohort_session', entityId: id, before: sessionAuditView(current) },
        manager,
      );
    });
  }

  /**
   * The double bookings of a cohort's sessions (or of some of them): sessions of other cohorts, not
   * cancelled, overlapping in time, with a facilitator in common or the same venue. A cancelled
   * cohort has none: it will not take place.
   */
  async conflictsOf(cohortId: string, sessionIds: readonly string[] | null, manager?: EntityManager): Promise<CohortConflictDto[]> {
    const subjects = await this.repository.scheduledSessions({ cohortId, ...(sessionIds ? { sessionIds } : {}) }, manager);
    if (subjects.length === 0) return [];
    const others = await this.repository.scheduledSessions({ excludeCohortId: cohortId, overlapping: subjects }, manager);
    const byId = new Map<string, ScheduledSessionRow>([...subjects, ...others].map((session) => [session.id, session]));
    return findConflicts(subjects, others).flatMap((conflict) => {
      const session = byId.get(conflict.sessionId);
      const other = byId.get(conflict.otherSessionId);
      return session && other ? [toConflictDto(conflict, session, other)] : [];
    });
  }

  private async detail(cohort: Cohort): Promise<CohortDto> {
    const [summary] = await this.summaries([cohort]);
    const course = await this.courses.findOneByOrFail({ id: cohort.courseId });
    const sessions = await this.sessions.find({ where: { cohortId: cohort.id }, order: { startsAt: 'ASC', endsAt: 'ASC' } });
    return {
      ...summary,
      course: { id: course.id, code: course.code, title: course.title, status: course.status },
      versionNumber: await this.repository.versionNumber(cohort.courseVersionId),
      notes: cohort.notes,
      sessions: sessions.map((session) => toSessionDto(session, cohort.venue)),
      conflicts: await this.conflictsOf(cohort.id, null),
    };
  }

  private async summaries(cohorts: Cohort[]): Promise<CohortSummaryDto[]> {
    const ids = cohorts.map((c) => c.id);
    const [facilitators, seats, sessions] = await Promise.all([
      this.repository.facilitatorsByCohort(ids),
      this.repository.seatsTaken(ids),
      this.repository.sessionCounts(ids),
    ]);
    const today = laPazToday();
    return cohorts.map((cohort) =>
      toCohortSummary(
        cohort,
        { facilitators: facilitators.get(cohort.id) ?? [], seatsTaken: seats.get(cohort.id) ?? 0, sessionCount: sessions.get(cohort.id) ?? 0 },
        today,
      ),
    );
  }

  private async findCourse(id: string): Promise<Course> {
    const course = await this.courses.findOneBy({ id });
    if (!course) throw new CohortsException(Code.CourseNotFound, 'Curso no encontrado');
    return course;
  }

  private async findCohort(id: string): Promise<Cohort> {
    const cohort = await this.cohorts.findOneBy({ id });
    if (!cohort) throw new CohortsException(Code.CohortNotFound, 'Cohorte no encontrada');
    return cohort;
  }

  /** The cohort, locked until the transaction ends: seats, dates and sessions are checked against a stable row. */
  private async lockCohort(manager: EntityManager, id: string): Promise<Cohort> {
    const cohort = await manager.getRepository(Cohort).createQueryBuilder('c').setLock('pessimistic_write').where('c.id = :id', { id }).getOne();
    if (!cohort) throw new CohortsException(Code.CohortNotFound, 'Cohorte no encontrada');
    return cohort;
  }

  private async findSession(id: string, manager: EntityManager): Promise<CohortSession> {
    const session = await manager.getRepository(CohortSession).findOneBy({ id });
    if (!session) throw new CohortsException(Code.SessionNotFound, 'Sesión no encontrada');
    return session;
  }

  private requireNotCancelled(cohort: Cohort) {
    if (cohort.status === 'cancelled') throw new CohortsException(Code.CohortCancelled, 'La cohorte está cancelada: ya no se puede modificar');
  }

  private fieldErrors<P extends { field: string }>(problems: P[], message: (problem: P) => string): FieldError[] {
    return problems.map((problem) => ({ field: problem.field, message: message(problem) }));
  }

  private checkDates(dates: CohortDates) {
    const problems = cohortDateProblems(dates);
    if (problems.length > 0) {
      throw new CohortsException(Code.InvalidDates, 'Revise las fechas de la cohorte', this.fieldErrors(problems, (p) => DATE_MESSAGES[p.code]));
    }
  }

  private checkSession(session: SessionTimes, cohort: Cohort) {
    const problems = sessionProblems(session, cohort);
    if (problems.length > 0) {
      throw new CohortsException(Code.InvalidSession, 'Revise la fecha y hora de la sesión', this.fieldErrors(problems, (p) => sessionMessage(p, cohort)));
    }
  }

  /** New cohort dates must keep every session inside. */
  private async checkSessionsInside(manager: EntityManager, dates: Pick<CohortDates, 'startsOn' | 'endsOn'> & { id: string }) {
    const sessions = await manager.getRepository(CohortSession).findBy({ cohortId: dates.id });
    const outside = sessionsOutsideDates(sessions.map((s) => ({ startsAt: s.startsAt.toISOString(), endsAt: s.endsAt.toISOString() })), dates);
    const errors: FieldError[] = [];
    if (outside.before > 0) errors.push({ field: 'startsOn', message: `${outside.before} sesión(es) quedarían antes del inicio: muévalas o elimínelas primero` });
    if (outside.after > 0) errors.push({ field: 'endsOn', message: `${outside.after} sesión(es) quedarían después del término: muévalas o elimínelas primero` });
    if (errors.length > 0) throw new CohortsException(Code.SessionsOutsideDates, 'Las nuevas fechas dejarían sesiones fuera de la cohorte', errors);
  }

  /** Places never fall below the seats already taken (the cohort row is locked). */
  private async checkCapacity(manager: EntityManager, cohort: Cohort) {
    const seats = (await this.repository.seatsTaken([cohort.id], manager)).get(cohort.id) ?? 0;
    if (cohort.capacity < seats) {
      throw new CohortsException(Code.CapacityBelowSeats, `La cohorte ya tiene ${seats} plazas ocupadas`, [
        { field: 'capacity', message: `Debe ser al menos ${seats}: hay ${seats} plazas ocupadas` },
      ]);
    }
  }

  private async checkEditionFree(
    key: { courseId: string; gestion: number; edition: number; parallel: string },
    exceptId: string | null,
    manager: EntityManager,
  ) {
    if (await this.repository.editionTaken(key, exceptId, manager)) this.throwEditionTaken(key);
  }

  private throwEditionTaken(key?: { gestion: number; edition: number; parallel: string }): never {
    const what = key ? `el paralelo ${key.parallel} de la versión ${key.edition} en la gestión ${key.gestion}` : 'esa gestión, versión y paralelo';
    throw new CohortsException(Code.EditionTaken, `El curso ya tiene una cohorte con ${what}`, [
      { field: 'parallel', message: 'Ya existe una cohorte con esta gestión, versión y paralelo: elija otro paralelo o versión' },
    ]);
  }

  private rethrowEditionTaken(error: unknown): never {
    if (isEditionViolation(error)) this.throwEditionTaken();
    throw error;
  }

  private async checkFacilitators(ids: readonly string[], manager?: EntityManager) {
    const valid = await this.repository.activeFacilitatorIds(ids, manager);
    const invalid = ids.filter((id) => !valid.has(id)).length;
    if (invalid > 0) {
      throw new CohortsException(Code.InvalidFacilitators, 'Revise los facilitadores', [
        { field: 'facilitatorIds', message: `${invalid} de las personas elegidas no están activas o no tienen el rol de facilitador/a` },
      ]);
    }
  }

  private async replaceFacilitators(manager: EntityManager, cohortId: string, userIds: readonly string[]) {
    await manager.query(`DELETE FROM cohort_facilitators WHERE cohort_id = $1`, [cohortId]);
    if (userIds.length > 0) {
      await manager.query(`INSERT INTO cohort_facilitators (cohort_id, user_id) SELECT $1, unnest($2::uuid[])`, [cohortId, userIds]);
    }
  }
}
