import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { cohortLabel, isLearning } from '@campus/domain';
import type { AttendanceStatus } from '@campus/domain';
import type { AuthUser } from '../../common/decorators/auth.decorators';
import type { FieldError } from '../../common/errors/domain.exception';
import { AuditService } from '../audit/audit.service';
import { CompletionService } from '../learning/completion.service';
import { requireTaughtCohort } from './teaching.access';
import type { TaughtCohort } from './teaching.access';
import { TeachingException, TeachingExceptionCode as Code } from './teaching.exception';
import { TeachingRepository } from './teaching.repository';
import type { AttendanceListRow, SessionRow } from './teaching.repository';
import type { AttendanceCountsDto, AttendanceSheetDto, SaveAttendanceDto } from './dto/teaching.dto';

/** A session more than a day ahead takes only excused absences, one by one (people warn in advance). */
const FUTURE_MARGIN_MS = 24 * 3600_000;

const isFuture = (session: SessionRow, now = Date.now()) => session.starts_at.getTime() > now + FUTURE_MARGIN_MS;

const countMarks = (marks: Iterable<AttendanceStatus | null>): AttendanceCountsDto => {
  const counts = { present: 0, absent: 0, excused: 0, unmarked: 0 };
  for (const mark of marks) counts[mark ?? 'unmarked'] += 1;
  return counts;
};

interface Mark {
  status: AttendanceStatus;
  note: string | null;
}

/**
 * Attendance per session for a cohort's list: whole-list default, one tap per exception. Saving
 * writes only what changed, in one transaction, and applies the completion rule to whoever's
 * attendance changed (someone who now meets it passes at once).
 */
@Injectable()
export class AttendanceService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: TeachingRepository,
    private readonly completion: CompletionService,
    private readonly audit: AuditService,
  ) {}

  async get(cohortId: string, sessionId: string, viewer: AuthUser): Promise<AttendanceSheetDto> {
    const manager = this.dataSource.manager;
    const cohort = await requireTaughtCohort(manager, viewer, cohortId);
    const session = await this.findSession(manager, cohortId, sessionId);
    return this.sheet(manager, cohort, session);
  }

  async save(cohortId: string, sessionId: string, dto: SaveAttendanceDto, actor: AuthUser): Promise<AttendanceSheetDto> {
    return this.dataSource.transaction(async (manager) => {
      // The cohort first, then its enrolments: the same order as enrolment and closing, so no deadlock.
      const cohort = await requireTaughtCohort(manager, actor, cohortId, { lock: true });
      const session = await this.findSession(manager, cohortId, sessionId);
      if (cohort.status !== 'scheduled') {
        const now = cohort.status === 'closed' ? 'cerrada' : 'cancelada';
        throw new TeachingException(Code.CohortNotOpen, `La cohorte está ${now}: su asistencia ya no cambia`);
      }
      this.checkFuture(session, dto);
      const holders = new Map((await this.repository.lockSeatHolders(manager, cohortId)).map((row) => [row.id, row.status]));
      this.checkMarks(dto, holders);

      const current = await this.repository.attendanceList(manager, cohortId, sessionId);
      const target = new Map<string, Mark>();
      if (dto.default) for (const id of holders.keys()) target.set(id, { status: dto.default, note: null });
      for (const mark of dto.marks) target.set(mark.enrolmentId, { status: mark.status, note: mark.note ?? null });

      const before = new Map(current.map((row) => [row.enrolment_id, row]));
      const changed = [...target].filter(([id, mark]) => {
        const was = before.get(id);
        return was?.status !== mark.status || (was?.note ?? null) !== mark.note;
      });
      if (changed.length > 0) {
        await manager.query(
          `INSERT INTO attendance (session_id, enrolment_id, status, note, marked_by, marked_at)
           SELECT $1, m.enrolment_id, m.status, m.note, $2, now()
             FROM unnest($3::uuid[], $4::text[], $5::text[]) AS m(enrolment_id, status, note)
           ON CONFLICT (session_id, enrolment_id) DO UPDATE
             SET status = EXCLUDED.status, note = EXCLUDED.note, marked_by = EXCLUDED.marked_by, marked_at = EXCLUDED.marked_at`,
          [sessionId, actor.id, changed.map(([id]) => id), changed.map(([, m]) => m.status), changed.map(([, m]) => m.note)],
        );
      }

      const after = new Map(current.map((row) => [row.enrolment_id, row.status]));
      for (const [id, mark] of changed) after.set(id, mark.status);
      await this.audit.record(
        {
          actorId: actor.id, action: 'attendance.save', entityType: 'cohort_session', entityId: sessionId,
          before: { cohortId, counts: countMarks(current.map((row) => row.status)) },
          after: {
            cohortId,
            default: dto.default ?? null,
            counts: countMarks(after.values()),
            changed: changed.length,
            // Earlier marks that this save changed, person by person.
            changes: changed
              .filter(([id]) => before.get(id)?.status)
              .map(([id, mark]) => ({ enrolmentId: id, from: before.get(id)?.status, to: mark.status, note: mark.note })),
          },
        },
        manager,
      );

      const learning = changed.map(([id]) => id).filter((id) => isLearning(holders.get(id) ?? 'withdrawn'));
      await this.completion.evaluate(manager, learning, { actorId: actor.id });
      return this.sheet(manager, cohort, session);
    });
  }

  private async findSession(manager: EntityManager, cohortId: string, sessionId: string): Promise<SessionRow> {
    const session = await this.repository.session(manager, cohortId, sessionId);
    if (!session) throw new TeachingException(Code.SessionNotFound, 'Sesión no encontrada');
    return session;
  }

  private checkFuture(session: SessionRow, dto: SaveAttendanceDto) {
    if (!isFuture(session)) return;
    const errors: FieldError[] = [];
    if (dto.default) errors.push({ field: 'default', message: 'La sesión todavía no ocurrió: no se puede marcar a todo el listado' });
    dto.marks.forEach((mark, index) => {
      if (mark.status !== 'excused') errors.push({ field: `marks.${index}.status`, message: 'Antes de la sesión solo se registran ausencias justificadas' });
    });
    if (errors.length > 0) {
      throw new TeachingException(Code.SessionInFuture, 'La sesión empieza en más de un día: solo se registran ausencias justificadas', errors);
    }
  }

  private checkMarks(dto: SaveAttendanceDto, holders: Map<string, unknown>) {
    const seen = new Set<string>();
    const errors: FieldError[] = [];
    dto.marks.forEach((mark, index) => {
      const field = `marks.${index}.enrolmentId`;
      if (!holders.has(mark.enrolmentId)) errors.push({ field, message: 'No es una persona inscrita en esta cohorte' });
      else if (seen.has(mark.enrolmentId)) errors.push({ field, message: 'Esta persona aparece más de una vez' });
      seen.add(mark.enrolmentId);
    });
    if (errors.length > 0) throw new TeachingException(Code.InvalidMarks, 'Revise las marcas de asistencia', errors);
  }

  private async sheet(manager: EntityManager, cohort: TaughtCohort, session: SessionRow): Promise<AttendanceSheetDto> {
    const rows: AttendanceListRow[] = await this.repository.attendanceList(manager, cohort.id, session.id);
    return {
      cohortId: cohort.id,
      cohortLabel: cohortLabel(cohort),
      courseTitle: cohort.courseTitle,
      cohortStatus: cohort.status,
      session: { id: session.id, title: session.title, startsAt: session.starts_at.toISOString(), endsAt: session.ends_at.toISOString() },
      editable: cohort.status === 'scheduled',
      onlyExcused: isFuture(session),
      counts: countMarks(rows.map((row) => row.status)),
      rows: rows.map((row) => ({
        enrolmentId: row.enrolment_id,
        userId: row.user_id,
        fullName: row.full_name,
        municipality: row.municipality,
        enrolmentStatus: row.enrolment_status,
        status: row.status,
        note: row.note,
        markedAt: row.marked_at ? row.marked_at.toISOString() : null,
      })),
    };
  }
}
