import { Injectable } from '@nestjs/common';
import { checkCompletion, earnedCertificateKind, nextEnrolmentStatus } from '@campus/domain';
import type { CompletionCheck, CourseCertificateKind, EnrolmentStatus, Modality } from '@campus/domain';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { CertificatesService } from '../certificates/certificates.service';
import { NotificationsService } from '../notifications/notifications.service';
import { COMPLETION_FACTS_SQL } from './learning-sql';

interface FactsRow {
  enrolment_id: string;
  user_id: string;
  status: EnrolmentStatus;
  cohort_id: string;
  modality: Modality;
  passing_score: number;
  min_attendance: number;
  course_id: string;
  course_title: string;
  certificate_kind: CourseCertificateKind;
  required_activities: number;
  required_done: number;
  graded_scores: (string | null)[];
  facilitator_grade: string | null;
  sessions: number;
  present: number;
  excused: number;
}

export interface CompletionOutcome {
  enrolmentId: string;
  status: EnrolmentStatus;
  check: CompletionCheck;
  /** The status changed in this evaluation (to passed or failed). */
  changed: boolean;
}

/**
 * Applies the completion rule (`checkCompletion` in libs/domain) to enrolments: after a progress
 * save, an attendance change or a grade (`evaluate`), and when a cohort closes (`evaluate` with
 * `closing`: whoever does not meet it then fails). Passing records the course's competencies as
 * evidence. Always call inside the caller's transaction, after locking the enrolment rows.
 */
@Injectable()
export class CompletionService {
  constructor(
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly certificates: CertificatesService,
  ) {}

  /** The facts and the rule's verdict for enrolments, without changing anything. */
  async check(manager: EntityManager, enrolmentIds: readonly string[]): Promise<Map<string, { row: FactsRow; check: CompletionCheck }>> {
    const rows: FactsRow[] = await manager.query(COMPLETION_FACTS_SQL, [enrolmentIds]);
    const result = new Map<string, { row: FactsRow; check: CompletionCheck }>();
    for (const row of rows) {
      const check = checkCompletion({
        modality: row.modality,
        passingScore: row.passing_score,
        minAttendance: row.min_attendance,
        requiredActivities: row.required_activities,
        requiredDone: row.required_done,
        gradedScores: row.graded_scores.map((score) => (score === null ? null : Number(score))),
        facilitatorGrade: row.facilitator_grade === null ? null : Number(row.facilitator_grade),
        sessions: row.sessions,
        present: row.present,
        excused: row.excused,
      });
      result.set(row.enrolment_id, { row, check });
    }
    return result;
  }

  /**
   * Stores the final score and attendance of each enrolment; those who meet the rule pass, and
   * with `closing` the others fail. Only enrolled / in-progress enrolments move.
   */
  async evaluate(
    manager: EntityManager,
    enrolmentIds: readonly string[],
    options: { closing?: boolean; actorId?: string | null } = {},
  ): Promise<CompletionOutcome[]> {
    if (enrolmentIds.length === 0) return [];
    const checks = await this.check(manager, enrolmentIds);
    const outcomes: CompletionOutcome[] = [];
    for (const [enrolmentId, { row, check }] of checks) {
      let status = row.status;
      const action = check.met ? 'pass' : options.closing ? 'fail' : null;
      const transition = action ? nextEnrolmentStatus(row.status, action, { requiresEndorsement: false, requiresApproval: false, seatsLeft: 0 }) : null;
      if (transition?.ok) status = transition.status;
      const changed = status !== row.status;
      await manager.query(
        `UPDATE enrolments SET final_score = $2, attendance_rate = $3, status = $4,
                completed_at = CASE WHEN $5 THEN now() ELSE completed_at END, updated_at = now()
          WHERE id = $1`,
        [enrolmentId, check.finalScore, check.attendanceRate, status, changed],
      );
      if (changed && status === 'passed') await this.recordCompetencies(manager, row, options.actorId ?? null);
      if (changed) {
        await this.audit.record(
          { actorId: options.actorId ?? null, action: `enrolment.${status}`, entityType: 'enrolment', entityId: enrolmentId,
            before: { status: row.status }, after: { status, finalScore: check.finalScore, attendanceRate: check.attendanceRate } },
          manager,
        );
        await this.notifications.notify(
          [row.user_id],
          status === 'passed'
            ? { kind: 'enrolment.passed', title: `Aprobó el curso «${row.course_title}»`, body: 'Sus competencias se agregaron a su perfil.', link: '/mis-competencias' }
            : { kind: 'enrolment.failed', title: `No aprobó el curso «${row.course_title}»`, body: 'Consulte con la coordinación de la EGM las próximas cohortes.', link: '/aprendizaje' },
          manager,
        );
      }
      // Certificates follow in the same transaction: approval on passing; participation also on meeting attendance.
      const kind = earnedCertificateKind({
        courseKind: row.certificate_kind, status, attendanceRequired: check.attendanceRequired, attendanceRate: check.attendanceRate,
        minAttendance: row.min_attendance, activitiesMet: check.activitiesMet,
      });
      if (kind) await this.certificates.issueForEnrolment(manager, enrolmentId, kind, options.actorId ?? null);
      outcomes.push({ enrolmentId, status, check, changed });
    }
    return outcomes;
  }

  /** Evidence: one record per competency the course grants, at the level it grants it. */
  private async recordCompetencies(manager: EntityManager, row: FactsRow, actorId: string | null) {
    await manager.query(
      `INSERT INTO competency_records (user_id, competency_id, level, source, enrolment_id, awarded_by, note)
       SELECT $1, cc.competency_id, cc.level, 'course', $2, $4, $3
         FROM course_competencies cc WHERE cc.course_id = $5
       ON CONFLICT (enrolment_id, competency_id) WHERE enrolment_id IS NOT NULL DO NOTHING`,
      [row.user_id, row.enrolment_id, `Curso aprobado: ${row.course_title}`, actorId, row.course_id],
    );
  }
}
