import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { CERTIFICATE_MANAGER_ROLES, hasAnyRole, laPazToday, logbookEntryProblems } from '@campus/domain';
import type { LogbookProblem } from '@campus/domain';
import type { AuthUser } from '../../common/decorators/auth.decorators';
import { AuditService } from '../audit/audit.service';
import { NotificationsService } from '../notifications/notifications.service';
import { actsAsTutor, isInternOf, requireExecutionRead, requireIntern, requireTutor, tutorListSql } from './logbook.access';
import { entryNotFound, LogbookException, LogbookExceptionCode as Code, placementNotFound } from './logbook.exception';
import { LogbookRepository } from './logbook.repository';
import type { ExecutionPlacementRow } from './logbook.repository';
import { toLogbookEntryDto } from './dto/logbook.dto';
import type {
  FinalReportDto, LogbookEntryDto, LogbookEntryInputDto, PlacementExecutionDto, PlacementExecutionSummaryDto, ReturnLogbookEntryDto, SaveWorkPlanDto,
} from './dto/logbook.dto';
import { LogbookEntry } from './entities/logbook-entry.entity';

const ENTRY_MESSAGES: Record<LogbookProblem['code'], string> = {
  future: 'La fecha no puede ser futura',
  outsidePlacement: 'La fecha debe estar dentro de las fechas de la pasantía',
  notPositive: 'Las horas deben ser más de 0',
  dayOverLimit: 'Con las demás entradas de ese día, las horas pasan de 24',
};

const entryAudit = (e: LogbookEntry) => ({ placementId: e.placementId, entryDate: e.entryDate, hours: Number(e.hours), status: e.status });

/**
 * During the internship (DESIGN.md, pasantías): the work plan the tutor agrees with the intern
 * (agreeing it moves the placement from confirmed to in progress: the logbook opens then), the
 * intern's logbook (bitácora) that the tutor validates or returns, and the final report with the
 * improvement proposal (in progress → report submitted). Every write locks the placement row, in
 * one transaction, audited.
 */
@Injectable()
export class LogbookService {
  constructor(
    @InjectRepository(LogbookEntry) private readonly entries: Repository<LogbookEntry>,
    private readonly repository: LogbookRepository,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {}

  /** The intern's own placements (confirmed onwards). */
  async mine(viewer: AuthUser): Promise<PlacementExecutionSummaryDto[]> {
    return (await this.repository.list('a.applicant_id = $1', [viewer.id])).map(toSummary);
  }

  /** A tutor's interns (placements whose tutor is them); coordinators and admins see all. */
  async interns(viewer: AuthUser): Promise<PlacementExecutionSummaryDto[]> {
    const params: unknown[] = [];
    return (await this.repository.list(tutorListSql(viewer, params), params)).map(toSummary);
  }

  async get(placementId: string, viewer: AuthUser): Promise<PlacementExecutionDto> {
    const row = await this.repository.find(placementId);
    if (!row || row.status === 'proposed' || row.status === 'withdrawn') throw placementNotFound();
    requireExecutionRead(viewer, row);
    const [entries, competencies, certificate] = await Promise.all([
      this.entries.find({ where: { placementId }, order: { entryDate: 'DESC', createdAt: 'DESC' } }),
      this.repository.competencies(row.hostUnitId),
      this.repository.certificate(placementId),
    ]);
    const tutor = actsAsTutor(viewer, row);
    const intern = isInternOf(viewer, row);
    return {
      ...toSummary(row),
      workPlan: row.workPlan,
      workPlanAgreedAt: row.workPlanAgreedAt ? row.workPlanAgreedAt.toISOString() : null,
      finalReport: row.finalReport,
      improvementProposal: row.improvementProposal,
      reportSubmittedAt: row.reportSubmittedAt ? row.reportSubmittedAt.toISOString() : null,
      evaluation: row.evaluation && row.score !== null
        ? { ...row.evaluation, score: row.score, evaluatedAt: row.evaluatedAt ? row.evaluatedAt.toISOString() : null }
        : null,
      competencies,
      entries: entries.map(toLogbookEntryDto),
      // The verification code opens the public page: only for the intern and the coordination that manages certificates.
      certificate: certificate
        ? { ...certificate, verificationCode: intern || hasAnyRole(viewer.roles, CERTIFICATE_MANAGER_ROLES) ? certificate.verificationCode : null }
        : null,
      can: {
        editPlan: tutor && (row.status === 'confirmed' || row.status === 'in_progress'),
        writeLogbook: intern && row.status === 'in_progress',
        review: tutor && (row.status === 'in_progress' || row.status === 'report_submitted'),
        submitReport: intern && row.status === 'in_progress',
        evaluate: tutor && row.status === 'report_submitted',
      },
    };
  }

  /** The tutor (or coordination) writes the work plan; `agreed` marks it agreed and starts the internship. */
  async saveWorkPlan(placementId: string, dto: SaveWorkPlanDto, actor: AuthUser): Promise<PlacementExecutionDto> {
    await this.entries.manager.transaction(async (manager) => {
      const row = await this.lockFor(manager, placementId, actor, 'tutor');
      if (row.status !== 'confirmed' && row.status !== 'in_progress') {
        throw new LogbookException(Code.WrongPlacementStatus, 'El plan de trabajo solo se edita con la pasantía confirmada o en curso');
      }
      const agree = dto.agreed === true;
      const status = agree && row.status === 'confirmed' ? 'in_progress' : row.status;
      await manager.query(
        `UPDATE placements SET work_plan = $2, work_plan_agreed_at = CASE WHEN $3 THEN now() ELSE work_plan_agreed_at END, status = $4, updated_at = now() WHERE id = $1`,
        [placementId, dto.workPlan, agree, status],
      );
      await this.audit.record(
        {
          actorId: actor.id, action: 'internship.work_plan', entityType: 'placement', entityId: placementId,
          before: { status: row.status, agreed: row.workPlanAgreedAt !== null }, after: { status, agreed: agree || row.workPlanAgreedAt !== null },
        },
        manager,
      );
      if (agree) {
        await this.notifications.notify(
          [row.applicantId],
          { kind: 'internship.work_plan', title: `Su plan de trabajo en ${row.hostUnit} fue acordado`, body: 'Ya puede registrar su bitácora.', link: '/pasantias/mi-pasantia' },
          manager,
        );
      }
    });
    return this.get(placementId, actor);
  }

  /** The intern adds a logbook entry (placement in progress); the day's hours are counted under the placement's lock. */
  async addEntry(placementId: string, dto: LogbookEntryInputDto, actor: AuthUser): Promise<LogbookEntryDto> {
    const saved = await this.entries.manager.transaction(async (manager) => {
      const row = await this.lockFor(manager, placementId, actor, 'intern');
      this.requireLogbookOpen(row);
      await this.checkEntry(manager, row, dto, null);
      const entry = await manager.getRepository(LogbookEntry).save({
        placementId, entryDate: dto.entryDate, hours: dto.hours, activities: dto.activities, learnings: dto.learnings ?? '', status: 'submitted' as const,
      });
      const stored = await manager.getRepository(LogbookEntry).findOneByOrFail({ id: entry.id });
      await this.audit.record({ actorId: actor.id, action: 'internship.logbook.add', entityType: 'logbook_entry', entityId: stored.id, after: entryAudit(stored) }, manager);
      return stored;
    });
    return toLogbookEntryDto(saved);
  }

  /** The intern corrects an entry not yet validated; a returned entry goes back to the tutor (submitted). */
  async updateEntry(entryId: string, dto: LogbookEntryInputDto, actor: AuthUser): Promise<LogbookEntryDto> {
    const saved = await this.entries.manager.transaction(async (manager) => {
      const { row, entry } = await this.lockEntry(manager, entryId, actor, 'intern');
      this.requireLogbookOpen(row);
      if (entry.status === 'validated') throw new LogbookException(Code.EntryLocked, 'La entrada ya fue validada: no se puede modificar');
      await this.checkEntry(manager, row, dto, entry.id);
      const repository = manager.getRepository(LogbookEntry);
      await repository.update(entry.id, {
        entryDate: dto.entryDate, hours: dto.hours, activities: dto.activities, learnings: dto.learnings ?? '', status: 'submitted',
      });
      const stored = await repository.findOneByOrFail({ id: entry.id });
      await this.audit.record(
        { actorId: actor.id, action: 'internship.logbook.update', entityType: 'logbook_entry', entityId: entry.id, before: entryAudit(entry), after: entryAudit(stored) },
        manager,
      );
      return stored;
    });
    return toLogbookEntryDto(saved);
  }

  /** The tutor validates (counts for the certificate's hours) or returns (with a comment) a submitted entry. */
  async review(entryId: string, verdict: 'validated' | 'returned', dto: ReturnLogbookEntryDto | null, actor: AuthUser): Promise<LogbookEntryDto> {
    const saved = await this.entries.manager.transaction(async (manager) => {
      const { row, entry } = await this.lockEntry(manager, entryId, actor, 'tutor');
      if (row.status !== 'in_progress' && row.status !== 'report_submitted') {
        throw new LogbookException(Code.WrongPlacementStatus, 'La bitácora de esta pasantía ya está cerrada');
      }
      if (entry.status !== 'submitted') throw new LogbookException(Code.EntryLocked, 'Solo se revisan entradas presentadas');
      const repository = manager.getRepository(LogbookEntry);
      await repository.update(entry.id, { status: verdict, tutorComment: dto?.comment ?? null, reviewedBy: actor.id, reviewedAt: new Date() });
      const stored = await repository.findOneByOrFail({ id: entry.id });
      await this.audit.record(
        {
          actorId: actor.id, action: verdict === 'validated' ? 'internship.logbook.validate' : 'internship.logbook.return', entityType: 'logbook_entry',
          entityId: entry.id, before: { status: entry.status }, after: { status: verdict, comment: dto?.comment ?? null },
        },
        manager,
      );
      if (verdict === 'returned') {
        await this.notifications.notify(
          [row.applicantId],
          { kind: 'internship.logbook_returned', title: `Su tutor devolvió la entrada del ${entry.entryDate}`, body: dto?.comment ?? '', link: '/pasantias/mi-pasantia' },
          manager,
        );
      }
      return stored;
    });
    return toLogbookEntryDto(saved);
  }

  /** The intern presents the final report and the improvement proposal: in progress → report submitted. */
  async submitReport(placementId: string, dto: FinalReportDto, actor: AuthUser): Promise<PlacementExecutionDto> {
    await this.entries.manager.transaction(async (manager) => {
      const row = await this.lockFor(manager, placementId, actor, 'intern');
      if (row.status !== 'in_progress') {
        throw new LogbookException(Code.WrongPlacementStatus, 'El informe final se presenta con la pasantía en curso');
      }
      await manager.query(
        `UPDATE placements SET final_report = $2, improvement_proposal = $3, report_submitted_at = now(), status = 'report_submitted', updated_at = now() WHERE id = $1`,
        [placementId, dto.finalReport, dto.improvementProposal],
      );
      await this.audit.record(
        { actorId: actor.id, action: 'internship.final_report', entityType: 'placement', entityId: placementId, before: { status: row.status }, after: { status: 'report_submitted' } },
        manager,
      );
      if (row.tutorId) {
        await this.notifications.notify(
          [row.tutorId],
          { kind: 'internship.report_submitted', title: `${row.internName} presentó su informe final`, body: 'Ya puede evaluar la pasantía.', link: '/pasantias/mis-pasantes' },
          manager,
        );
      }
    });
    return this.get(placementId, actor);
  }

  /** Locks the placement and checks the actor's role on it (out of scope: "not found"). */
  async lockFor(manager: EntityManager, placementId: string, actor: AuthUser, as: 'intern' | 'tutor'): Promise<ExecutionPlacementRow> {
    const row = await this.repository.lock(manager, placementId);
    if (!row || row.status === 'proposed' || row.status === 'withdrawn') throw placementNotFound();
    if (as === 'intern') requireIntern(actor, row);
    else requireTutor(actor, row);
    return row;
  }

  private async lockEntry(manager: EntityManager, entryId: string, actor: AuthUser, as: 'intern' | 'tutor') {
    const found = await manager.getRepository(LogbookEntry).findOneBy({ id: entryId });
    if (!found) throw entryNotFound();
    const row = await this.lockFor(manager, found.placementId, actor, as).catch((error: unknown) => {
      throw error instanceof LogbookException && error.code === Code.PlacementNotFound ? entryNotFound() : error;
    });
    // Read again under the placement's lock (a review may have happened in between).
    const entry = await manager.getRepository(LogbookEntry).findOneByOrFail({ id: entryId });
    return { row, entry };
  }

  private requireLogbookOpen(row: ExecutionPlacementRow): void {
    if (row.status !== 'in_progress') {
      const message = row.status === 'confirmed'
        ? 'La bitácora se abre cuando el tutor acuerda el plan de trabajo'
        : 'La bitácora de esta pasantía ya está cerrada';
      throw new LogbookException(Code.WrongPlacementStatus, message);
    }
  }

  private async checkEntry(manager: EntityManager, row: ExecutionPlacementRow, dto: LogbookEntryInputDto, exceptId: string | null): Promise<void> {
    const otherHoursThatDay = await this.repository.otherHoursThatDay(manager, row.id, dto.entryDate, exceptId);
    const problems = logbookEntryProblems(
      { entryDate: dto.entryDate, hours: dto.hours },
      { today: laPazToday(), startsOn: row.startsOn, endsOn: row.endsOn, otherHoursThatDay },
    );
    if (problems.length) {
      throw new LogbookException(Code.InvalidEntry, 'Revise la entrada de la bitácora', problems.map((p) => ({ field: p.field, message: ENTRY_MESSAGES[p.code] })));
    }
  }
}

const toSummary = (row: ExecutionPlacementRow): PlacementExecutionSummaryDto => ({
  id: row.id,
  status: row.status,
  intern: { id: row.applicantId, name: row.internName },
  municipality: row.municipality,
  call: row.call,
  hostUnitId: row.hostUnitId,
  hostUnit: row.hostUnit,
  tutor: row.tutorId && row.tutorName ? { id: row.tutorId, name: row.tutorName } : null,
  startsOn: row.startsOn,
  endsOn: row.endsOn,
  validatedHours: row.validatedHours,
  submittedHours: row.submittedHours,
  pendingEntries: row.pendingEntries,
});
