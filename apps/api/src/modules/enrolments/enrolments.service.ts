import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { cohortLabel, isEnrolmentOpen, laPazToday, nextEnrolmentStatus } from '@campus/domain';
import type { EnrolmentAction, EnrolmentContext, EnrolmentStatus, ImportError, TransitionResult } from '@campus/domain';
import type { AuthUser } from '../../common/decorators/auth.decorators';
import type { FieldError } from '../../common/errors/domain.exception';
import { AuditService } from '../audit/audit.service';
import { NotificationsService } from '../notifications/notifications.service';
import type { NotificationMessage } from '../notifications/notifications.service';
import { actingRoles, enrolmentScope, requireEnrolmentAction } from './enrolments.access';
import { EnrolmentsException, EnrolmentsExceptionCode as Code } from './enrolments.exception';
import { parseEnrolmentCsv } from './enrolments-import';
import { EnrolmentsRepository } from './enrolments.repository';
import type { CandidateRow, EnrolmentRow, LockedCohortRow, LockedEnrolmentRow } from './enrolments.repository';
import { formatNationalId, toEnrolmentDto } from './dto/enrolment.dto';
import type { BulkEnrolResultDto, EnrolmentDto, EnrolmentPageDto, EnrolmentQueryDto } from './dto/enrolment.dto';

const STATUS_WORDS: Record<EnrolmentStatus, string> = {
  requested: 'tiene una solicitud pendiente',
  endorsed: 'tiene una solicitud avalada pendiente',
  enrolled: 'ya está inscrita',
  waitlisted: 'ya está en la lista de espera',
  rejected: 'tiene una solicitud rechazada',
  in_progress: 'ya está cursando',
  passed: 'ya aprobó esta cohorte',
  failed: 'ya cursó esta cohorte (reprobó)',
  withdrawn: 'se retiró',
};

const ACTION_WORDS: Record<EnrolmentAction, string> = {
  request: 'solicitar', endorse: 'avalar', approve: 'aprobar', reject: 'rechazar', withdraw: 'retirar', promote: 'promover',
  start: 'iniciar', pass: 'aprobar', fail: 'reprobar',
};

const STATUS_LABELS: Record<EnrolmentStatus, string> = {
  requested: 'solicitada', endorsed: 'avalada', enrolled: 'inscrita', waitlisted: 'en lista de espera', rejected: 'rechazada',
  in_progress: 'en curso', passed: 'aprobada', failed: 'reprobada', withdrawn: 'retirada',
};

/** A person a bulk enrolment names, found or not. */
interface Candidate {
  line?: number;
  field: string;
  /** How the request named the person (email, cédula or id), for messages. */
  ref: string;
  person: CandidateRow | null;
}

/**
 * The enrolment workflow (DESIGN.md): requests, the liaison's endorsement, the coordinator's
 * approval or rejection, withdrawals, bulk enrolment and the waitlist. Every transition is
 * `nextEnrolmentStatus` of libs/domain; every seat decision happens with the cohort row locked,
 * counting the seat-holding enrolments, so a cohort never takes more people than its places.
 */
@Injectable()
export class EnrolmentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: EnrolmentsRepository,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {}

  /**
   * A participant asks for a place. Idempotent: asking again returns the same enrolment
   * (`created: false`); a withdrawn person asks anew (new arrival order); a rejected one may not.
   */
  async request(cohortId: string, viewer: AuthUser): Promise<{ enrolment: EnrolmentDto; created: boolean }> {
    const result = await this.dataSource.transaction(async (manager) => {
      const cohort = await this.lockCohort(manager, cohortId);
      if (cohort.course_status !== 'published') throw this.cohortNotFound();
      const existing = await this.repository.lockEnrolment(manager, { cohortId, userId: viewer.id });
      if (existing && existing.status === 'rejected') {
        throw new EnrolmentsException(Code.Rejected, 'Su solicitud para esta cohorte fue rechazada: consulte con la coordinación de la EGM');
      }
      if (existing && existing.status !== 'withdrawn') return { id: existing.id, created: false };
      if (!isEnrolmentOpen({ status: cohort.status, enrolmentOpensOn: cohort.enrolment_opens_on, enrolmentClosesOn: cohort.enrolment_closes_on }, laPazToday())) {
        throw new EnrolmentsException(Code.EnrolmentClosed, 'Las inscripciones de esta cohorte no están abiertas hoy', [
          { field: 'cohortId', message: `La inscripción está abierta del ${spanishDate(cohort.enrolment_opens_on)} al ${spanishDate(cohort.enrolment_closes_on)}` },
        ]);
      }
      const missing = await this.repository.missingPrerequisites(manager, cohort.course_id, viewer.id);
      if (missing.length > 0) {
        throw new EnrolmentsException(
          Code.PrerequisitesMissing,
          `Antes de inscribirse debe aprobar: ${missing.map((course) => `«${course.title}»`).join(', ')}`,
          missing.map((course) => ({ field: 'prerequisites', message: `Falta aprobar el curso «${course.title}» (${course.code})` })),
        );
      }
      const transition = this.transition(existing?.status ?? null, 'request', await this.context(manager, cohort));
      const id = existing
        ? (await this.reRequest(manager, existing.id, transition.status), existing.id)
        : await this.insert(manager, cohortId, viewer.id, transition.status, 'request');
      await this.audit.record(
        {
          actorId: viewer.id, action: 'enrolment.request', entityType: 'enrolment', entityId: id,
          before: existing ? { status: existing.status } : null, after: { status: transition.status, cohortId },
        },
        manager,
      );
      await this.tellOutcome(manager, cohort, id, viewer.id, transition.status);
      return { id, created: true };
    });
    return { enrolment: await this.dto(result.id, viewer), created: result.created };
  }

  /** The liaison of the person's municipality (or a coordinator) endorses a request. */
  async endorse(id: string, viewer: AuthUser): Promise<EnrolmentDto> {
    return this.decide(id, viewer, 'endorse', async (manager, enrolment, cohort, status) => {
      await manager.query(`UPDATE enrolments SET endorsed_at = now(), endorsed_by = $2 WHERE id = $1`, [id, viewer.id]);
      if (status === 'endorsed') {
        await this.notifications.notify(
          [enrolment.user_id],
          {
            kind: 'enrolment.endorsed',
            title: `Su municipio avaló su solicitud para «${cohort.course_title}»`,
            body: `Cohorte ${cohortLabel(cohort)}. Ahora espera la aprobación de la coordinación de la EGM.`,
            link: `/catalogo/${cohort.course_id}`,
          },
          manager,
        );
      }
    });
  }

  /** A coordinator approves a request (endorsed or not): a place if one is free, else the waitlist. */
  async approve(id: string, viewer: AuthUser): Promise<EnrolmentDto> {
    return this.decide(id, viewer, 'approve', async (manager) => {
      await manager.query(`UPDATE enrolments SET decided_at = now(), decided_by = $2 WHERE id = $1`, [id, viewer.id]);
    });
  }

  /** A coordinator (or the liaison of the person's municipality) turns a request down, saying why. */
  async reject(id: string, reason: string, viewer: AuthUser): Promise<EnrolmentDto> {
    return this.decide(id, viewer, 'reject', async (manager, enrolment, cohort) => {
      await manager.query(`UPDATE enrolments SET decided_at = now(), decided_by = $2, reason = $3 WHERE id = $1`, [id, viewer.id, reason]);
      await this.notifications.notify(
        [enrolment.user_id],
        {
          kind: 'enrolment.rejected',
          title: `Su solicitud para «${cohort.course_title}» no fue aceptada`,
          body: `Cohorte ${cohortLabel(cohort)}. Motivo: ${reason}`,
          link: `/catalogo/${cohort.course_id}`,
        },
        manager,
      );
    }, { reason });
  }

  /**
   * The participant leaves (or a coordinator withdraws them, with a reason). A freed place goes
   * to the first person of the waitlist, in the same transaction.
   */
  async withdraw(id: string, reason: string | undefined, viewer: AuthUser): Promise<EnrolmentDto> {
    return this.decide(id, viewer, 'withdraw', async (manager, enrolment, cohort) => {
      const byOther = enrolment.user_id !== viewer.id;
      if (byOther && !reason) {
        throw new EnrolmentsException(Code.ReasonRequired, 'Indique el motivo del retiro', [{ field: 'reason', message: 'Escriba el motivo' }]);
      }
      await manager.query(
        `UPDATE enrolments SET withdrawn_at = now(), reason = $2, decided_by = CASE WHEN $3 THEN $4::uuid ELSE decided_by END WHERE id = $1`,
        [id, byOther ? reason : null, byOther, viewer.id],
      );
      if (byOther) {
        await this.notifications.notify(
          [enrolment.user_id],
          {
            kind: 'enrolment.withdrawn',
            title: `La coordinación lo/la retiró de «${cohort.course_title}»`,
            body: `Cohorte ${cohortLabel(cohort)}. Motivo: ${reason}`,
            link: `/catalogo/${cohort.course_id}`,
          },
          manager,
        );
      }
    }, byOtherReason(reason));
  }

  /**
   * Gives the cohort's free places to the first people of its waitlist, in arrival order. Call
   * with the cohort row locked (after a withdrawal, or when its capacity grows).
   */
  async promoteWaitlisted(manager: EntityManager, cohortId: string, actorId: string | null): Promise<string[]> {
    const cohort = await this.lockCohort(manager, cohortId);
    let seatsLeft = cohort.capacity - (await this.repository.seatsTaken(manager, cohortId));
    if (seatsLeft <= 0) return [];
    const promoted: string[] = [];
    for (const waiting of await this.repository.lockFirstWaitlisted(manager, cohortId, seatsLeft)) {
      const transition = nextEnrolmentStatus('waitlisted', 'promote', { requiresEndorsement: false, requiresApproval: false, seatsLeft });
      if (!transition.ok) break;
      await manager.query(`UPDATE enrolments SET status = $2::varchar, enrolled_at = now(), updated_at = now() WHERE id = $1`, [waiting.id, transition.status]);
      seatsLeft -= 1;
      promoted.push(waiting.id);
      await this.audit.record(
        { actorId, action: 'enrolment.promote', entityType: 'enrolment', entityId: waiting.id, before: { status: 'waitlisted' }, after: { status: transition.status } },
        manager,
      );
      await this.notifications.notify(
        [waiting.user_id],
        {
          kind: 'enrolment.promoted',
          title: `Se liberó un lugar: ya está inscrito/a en «${cohort.course_title}»`,
          body: `Cohorte ${cohortLabel(cohort)}. Ya puede empezar el curso cuando la cohorte comience.`,
          link: '/aprendizaje',
        },
        manager,
      );
    }
    return promoted;
  }

  async list(query: EnrolmentQueryDto, viewer: AuthUser): Promise<EnrolmentPageDto> {
    const { rows, total } = await this.repository.list(
      { statuses: query.status, cohortId: query.cohortId, courseId: query.courseId, municipalityId: query.municipalityId, q: query.q, page: query.page, pageSize: query.pageSize },
      enrolmentScope(viewer),
    );
    const today = laPazToday();
    return { items: rows.map((row) => this.toDto(row, viewer, today)), total, page: query.page, pageSize: query.pageSize };
  }

  /** The viewer's own enrolments (optionally those of one course's cohorts). */
  async mine(viewer: AuthUser, courseId?: string): Promise<EnrolmentDto[]> {
    const today = laPazToday();
    const rows = await this.repository.findForUser(viewer.id);
    return rows.filter((row) => !courseId || row.course_id === courseId).map((row) => this.toDto(row, viewer, today));
  }

  /** Coordinators enrol chosen people, skipping the gates but not the capacity: all of them or none. */
  async bulkEnrol(cohortId: string, userIds: readonly string[], viewer: AuthUser): Promise<BulkEnrolResultDto> {
    return this.dataSource.transaction(async (manager) => {
      const cohort = await this.lockBulkCohort(manager, cohortId);
      const found = new Map((await this.repository.candidatesById(manager, userIds)).map((person) => [person.id, person]));
      const candidates = userIds.map((id): Candidate => ({ field: 'userIds', ref: id, person: found.get(id) ?? null }));
      return this.enrolCandidates(manager, cohort, candidates, false, viewer);
    });
  }

  /**
   * Coordinators enrol the people a CSV names (column `correo` or `ci`), all of them or none;
   * with `dryRun` only checks the file and says how many would get a place.
   */
  async importCsv(cohortId: string, buffer: Buffer, dryRun: boolean, viewer: AuthUser): Promise<BulkEnrolResultDto> {
    const parsed = parseEnrolmentCsv(buffer);
    return this.dataSource.transaction(async (manager) => {
      const cohort = await this.lockBulkCohort(manager, cohortId);
      const emails = parsed.lines.flatMap((l) => (l.email ? [l.email] : []));
      const numbers = parsed.lines.flatMap((l) => (l.nationalIdNumber ? [l.nationalIdNumber] : []));
      const people = await this.repository.candidatesByEmailOrNationalId(manager, emails, numbers);
      const errors: ImportError[] = [...parsed.errors];
      const candidates: Candidate[] = [];
      for (const line of parsed.lines) {
        if (line.email) {
          candidates.push({ line: line.line, field: 'correo', ref: line.email, person: people.find((p) => p.email === line.email) ?? null });
          continue;
        }
        const matches = people.filter(
          (p) => p.national_id_number === line.nationalIdNumber && (!line.nationalIdComplement || p.national_id_complement === line.nationalIdComplement),
        );
        const ref = formatNationalId(line.nationalIdNumber ?? '', line.nationalIdComplement);
        if (matches.length > 1) {
          errors.push({ line: line.line, field: 'ci', message: `Hay ${matches.length} cuentas con el CI ${ref}: indique el complemento o use el correo` });
          continue;
        }
        candidates.push({ line: line.line, field: 'ci', ref, person: matches[0] ?? null });
      }
      return this.enrolCandidates(manager, cohort, candidates, dryRun, viewer, errors, parsed.lines.length + parsed.errors.filter((e) => e.line > 1).length);
    });
  }

  /** Checks every candidate, then (unless a dry run) enrols them in order: places first, then the waitlist. */
  private async enrolCandidates(
    manager: EntityManager,
    cohort: LockedCohortRow,
    candidates: Candidate[],
    dryRun: boolean,
    viewer: AuthUser,
    errors: FieldError[] = [],
    rows = candidates.length,
  ): Promise<BulkEnrolResultDto> {
    const ids = candidates.flatMap((c) => (c.person ? [c.person.id] : []));
    const existing = await this.repository.statusesIn(manager, cohort.id, ids);
    const seen = new Map<string, string>();
    let seatsLeft = cohort.capacity - (await this.repository.seatsTaken(manager, cohort.id));
    const plan: { person: CandidateRow; status: EnrolmentStatus; existingId: string | null }[] = [];
    for (const candidate of candidates) {
      const problem = (message: string) => errors.push({ ...(candidate.line ? { line: candidate.line } : {}), field: candidate.field, message });
      const person = candidate.person;
      if (!person) {
        problem(`No hay ninguna cuenta con ${candidate.field === 'ci' ? 'el CI' : candidate.field === 'correo' ? 'el correo' : 'el identificador'} ${candidate.ref}`);
        continue;
      }
      const where = candidate.line ? 'línea' : 'posición';
      const previous = seen.get(person.id);
      if (previous) {
        problem(`${person.full_name} aparece dos veces (también en la ${where} ${previous})`);
        continue;
      }
      seen.set(person.id, String(candidate.line ?? ids.indexOf(person.id) + 1));
      if (!person.active) problem(`La cuenta de ${person.full_name} está desactivada`);
      else if (!person.is_participant) problem(`${person.full_name} no tiene el rol de participante`);
      const current = existing.get(person.id) ?? null;
      const transition = nextEnrolmentStatus(current?.status ?? null, 'request', { requiresEndorsement: false, requiresApproval: false, seatsLeft });
      if (!transition.ok) {
        problem(`${person.full_name} ${STATUS_WORDS[current?.status ?? 'requested']} en esta cohorte`);
        continue;
      }
      if (transition.status === 'enrolled') seatsLeft -= 1;
      plan.push({ person, status: transition.status, existingId: current?.id ?? null });
    }
    if (errors.length > 0) {
      errors.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
      throw new EnrolmentsException(Code.BulkInvalid, `Hay ${errors.length} problema(s); no se inscribió a nadie`, errors);
    }
    const enrolled = plan.filter((p) => p.status === 'enrolled');
    const waitlisted = plan.filter((p) => p.status === 'waitlisted');
    const result = { dryRun, rows, enrolled: enrolled.length, waitlisted: waitlisted.length };
    if (dryRun) return result;
    const enrolmentIds: string[] = [];
    for (const step of plan) {
      if (step.existingId) {
        await this.reRequest(manager, step.existingId, step.status, 'bulk');
        enrolmentIds.push(step.existingId);
      } else {
        enrolmentIds.push(await this.insert(manager, cohort.id, step.person.id, step.status, 'bulk'));
      }
    }
    await manager.query(`UPDATE enrolments SET decided_at = now(), decided_by = $2 WHERE id = ANY($1::uuid[])`, [enrolmentIds, viewer.id]);
    await this.audit.record(
      {
        actorId: viewer.id, action: 'enrolment.bulk', entityType: 'cohort', entityId: cohort.id,
        after: { enrolled: enrolled.map((p) => p.person.id), waitlisted: waitlisted.map((p) => p.person.id) },
      },
      manager,
    );
    await this.notifications.notify(enrolled.map((p) => p.person.id), this.enrolledMessage(cohort), manager);
    await this.notifications.notify(
      waitlisted.map((p) => p.person.id),
      {
        kind: 'enrolment.waitlisted',
        title: `Está en la lista de espera de «${cohort.course_title}»`,
        body: `La coordinación de la EGM lo/la inscribió en la cohorte ${cohortLabel(cohort)}, que no tiene plazas libres. Le avisaremos si se libera un lugar.`,
        link: `/catalogo/${cohort.course_id}`,
      },
      manager,
    );
    return result;
  }

  /**
   * One decision on one enrolment, in one transaction: lock the cohort (seats), then the
   * enrolment; check the viewer's scope and the state machine; apply; then `after` (details,
   * notices); audit; promote from the waitlist when a seat was freed.
   */
  private async decide(
    id: string,
    viewer: AuthUser,
    action: 'endorse' | 'approve' | 'reject' | 'withdraw',
    after: (manager: EntityManager, enrolment: LockedEnrolmentRow, cohort: LockedCohortRow, status: EnrolmentStatus) => Promise<void>,
    auditExtra: object = {},
  ): Promise<EnrolmentDto> {
    const cohortId = await this.repository.cohortOf(id);
    if (!cohortId) throw this.notFound();
    await this.dataSource.transaction(async (manager) => {
      const cohort = await this.lockCohort(manager, cohortId);
      const enrolment = await this.repository.lockEnrolment(manager, { id });
      if (!enrolment) throw this.notFound();
      requireEnrolmentAction(viewer, action, { userId: enrolment.user_id, municipalityId: enrolment.municipality_id, facilitatorIds: await this.facilitatorsOf(manager, cohortId) });
      const transition = this.transition(enrolment.status, action, await this.context(manager, cohort));
      await this.setStatus(manager, id, enrolment.status, transition.status);
      await after(manager, enrolment, cohort, transition.status);
      const self = action === 'withdraw' && enrolment.user_id === viewer.id;
      await this.audit.record(
        {
          actorId: viewer.id, action: `enrolment.${action}`, entityType: 'enrolment', entityId: id,
          before: { status: enrolment.status }, after: { status: transition.status, ...(self ? { self: true } : auditExtra) },
        },
        manager,
      );
      if (transition.admitted) await this.tellOutcome(manager, cohort, id, enrolment.user_id, transition.status);
      if (transition.freesSeat) await this.promoteWaitlisted(manager, cohortId, viewer.id);
    });
    return this.dto(id, viewer);
  }

  /** Moves the status; entering the waitlist takes a fresh place in the arrival order. */
  private async setStatus(manager: EntityManager, id: string, from: EnrolmentStatus, to: EnrolmentStatus) {
    await manager.query(
      `UPDATE enrolments SET status = $2::varchar, updated_at = now(),
              queue_seq = CASE WHEN $2::varchar = 'waitlisted' AND $3::varchar <> 'waitlisted' THEN nextval('enrolment_queue_seq') ELSE queue_seq END,
              enrolled_at = CASE WHEN $2::varchar = 'enrolled' THEN now() ELSE enrolled_at END
        WHERE id = $1`,
      [id, to, from],
    );
  }

  private async insert(manager: EntityManager, cohortId: string, userId: string, status: EnrolmentStatus, source: 'request' | 'bulk'): Promise<string> {
    const [row] = await manager.query(
      `INSERT INTO enrolments (cohort_id, user_id, status, source, requested_at, enrolled_at)
       VALUES ($1, $2, $3::varchar, $4, now(), CASE WHEN $3::varchar = 'enrolled' THEN now() END) RETURNING id`,
      [cohortId, userId, status, source],
    );
    return row.id;
  }

  /** A withdrawn person asks again: a fresh request, last in the arrival order. */
  private async reRequest(manager: EntityManager, id: string, status: EnrolmentStatus, source: 'request' | 'bulk' = 'request') {
    await manager.query(
      `UPDATE enrolments SET status = $2::varchar, source = $3, queue_seq = nextval('enrolment_queue_seq'), requested_at = now(),
              endorsed_at = NULL, endorsed_by = NULL, decided_at = NULL, decided_by = NULL, reason = NULL, withdrawn_at = NULL,
              enrolled_at = CASE WHEN $2::varchar = 'enrolled' THEN now() END, updated_at = now()
        WHERE id = $1`,
      [id, status, source],
    );
  }

  /** Tells the person (and, when it awaits them, the liaisons of their municipality) where a request stands. */
  private async tellOutcome(manager: EntityManager, cohort: LockedCohortRow, enrolmentId: string, userId: string, status: EnrolmentStatus) {
    if (status === 'enrolled') {
      await this.notifications.notify([userId], this.enrolledMessage(cohort), manager);
    } else if (status === 'waitlisted') {
      const position = await this.repository.waitlistPosition(manager, enrolmentId);
      await this.notifications.notify(
        [userId],
        {
          kind: 'enrolment.waitlisted',
          title: `Está en la lista de espera de «${cohort.course_title}» (puesto ${position})`,
          body: `La cohorte ${cohortLabel(cohort)} no tiene plazas libres. Le avisaremos si se libera un lugar.`,
          link: `/catalogo/${cohort.course_id}`,
        },
        manager,
      );
    } else if (status === 'requested' && cohort.requires_endorsement) {
      const [person] = await manager.query(`SELECT first_names || ' ' || last_names AS name, municipality_id FROM users WHERE id = $1`, [userId]);
      await this.notifications.notify(
        await this.repository.liaisonsOf(manager, person.municipality_id),
        {
          kind: 'enrolment.awaiting_endorsement',
          title: `${person.name} solicita inscribirse en «${cohort.course_title}»`,
          body: `Cohorte ${cohortLabel(cohort)}. La solicitud espera el aval de su municipio.`,
          link: '/inscripciones',
        },
        manager,
      );
    }
  }

  private enrolledMessage(cohort: LockedCohortRow): NotificationMessage {
    return {
      kind: 'enrolment.enrolled',
      title: `Tiene un lugar en «${cohort.course_title}»`,
      body: `Su inscripción en la cohorte ${cohortLabel(cohort)} está confirmada.`,
      link: '/aprendizaje',
    };
  }

  private async context(manager: EntityManager, cohort: LockedCohortRow): Promise<EnrolmentContext> {
    return {
      requiresEndorsement: cohort.requires_endorsement,
      requiresApproval: cohort.requires_approval,
      seatsLeft: cohort.capacity - (await this.repository.seatsTaken(manager, cohort.id)),
    };
  }

  private transition(current: EnrolmentStatus | null, action: EnrolmentAction, ctx: EnrolmentContext): Extract<TransitionResult, { ok: true }> {
    const result = nextEnrolmentStatus(current, action, ctx);
    if (!result.ok) {
      const state = current ? `está ${STATUS_LABELS[current]}` : 'no existe';
      throw new EnrolmentsException(Code.InvalidTransition, `No se puede ${ACTION_WORDS[action]} esta inscripción: ${state}`, [
        { field: 'status', message: `La inscripción ${state}` },
      ]);
    }
    return result;
  }

  private async lockCohort(manager: EntityManager, cohortId: string): Promise<LockedCohortRow> {
    const cohort = await this.repository.lockCohort(manager, cohortId);
    if (!cohort) throw this.cohortNotFound();
    return cohort;
  }

  private async lockBulkCohort(manager: EntityManager, cohortId: string): Promise<LockedCohortRow> {
    const cohort = await this.lockCohort(manager, cohortId);
    if (cohort.status !== 'scheduled') {
      throw new EnrolmentsException(Code.CohortNotScheduled, `La cohorte está ${cohort.status === 'cancelled' ? 'cancelada' : 'cerrada'}: ya no admite inscripciones`);
    }
    return cohort;
  }

  private async facilitatorsOf(manager: EntityManager, cohortId: string): Promise<string[]> {
    const rows: { user_id: string }[] = await manager.query(`SELECT user_id FROM cohort_facilitators WHERE cohort_id = $1`, [cohortId]);
    return rows.map((row) => row.user_id);
  }

  private async dto(id: string, viewer: AuthUser): Promise<EnrolmentDto> {
    const [row] = await this.repository.findRows([id]);
    return this.toDto(row, viewer, laPazToday());
  }

  private toDto(row: EnrolmentRow, viewer: AuthUser, today: string): EnrolmentDto {
    return toEnrolmentDto(row, actingRoles(viewer, { userId: row.user_id, municipalityId: row.municipality_id }), today);
  }

  private notFound() {
    return new EnrolmentsException(Code.NotFound, 'Inscripción no encontrada');
  }

  private cohortNotFound() {
    return new EnrolmentsException(Code.CohortNotFound, 'Cohorte no encontrada');
  }
}

const byOtherReason = (reason: string | undefined) => (reason ? { reason } : {});

/** dd/mm/aaaa of a calendar date, for messages. */
const spanishDate = (date: string): string => `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;

