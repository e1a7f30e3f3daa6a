import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { cohortLabel, isLearning } from '@campus/domain';
import type { EnrolmentStatus } from '@campus/domain';
import type { AuthUser } from '../../common/decorators/auth.decorators';
import { AuditService } from '../audit/audit.service';
import { cohortScope } from '../cohorts/cohorts.access';
import { CompletionService } from '../learning/completion.service';
import { requireTaughtEnrolment } from './teaching.access';
import { TeachingException, TeachingExceptionCode as Code } from './teaching.exception';
import { TeachingRepository } from './teaching.repository';
import type { TeachingCohortRow } from './teaching.repository';
import type { GradeResultDto, SaveGradeDto, TeachingCohortDto, TeachingCohortsQueryDto, TeachingSessionDto } from './dto/teaching.dto';

const toSession = (session: TeachingCohortRow['next_session']): TeachingSessionDto | null =>
  session
    ? { id: session.id, title: session.title, startsAt: new Date(session.starts_at).toISOString(), endsAt: new Date(session.ends_at).toISOString() }
    : null;

/** "Mis cohortes" and the facilitator's grade. */
@Injectable()
export class TeachingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: TeachingRepository,
    private readonly completion: CompletionService,
    private readonly audit: AuditService,
  ) {}

  async cohorts(viewer: AuthUser, query: TeachingCohortsQueryDto): Promise<TeachingCohortDto[]> {
    const rows = await this.repository.cohorts(cohortScope(viewer, query.onlyMine ?? false), viewer.id, query.includePast ?? false);
    return rows.map((row) => ({
      id: row.id,
      courseId: row.course_id,
      courseCode: row.course_code,
      courseTitle: row.course_title,
      label: cohortLabel(row),
      startsOn: row.starts_on,
      endsOn: row.ends_on,
      modality: row.modality,
      status: row.status,
      venue: row.venue,
      enrolledCount: row.enrolled,
      waitlistedCount: row.waitlisted,
      sessionCount: row.sessions,
      teaching: row.teaching,
      nextSession: toSession(row.next_session),
      lastSession: toSession(row.last_session),
    }));
  }

  /**
   * Sets (or, with null, removes) the facilitator's grade, which becomes the final score, and
   * applies the completion rule at once. Only while the person is taking the course (enrolled or
   * in progress) in a scheduled cohort: a verdict already given is not re-opened here.
   */
  async saveGrade(enrolmentId: string, dto: SaveGradeDto, actor: AuthUser): Promise<GradeResultDto> {
    return this.dataSource.transaction(async (manager) => {
      const cohort = await requireTaughtEnrolment(manager, actor, enrolmentId);
      const [current]: { status: EnrolmentStatus; facilitator_grade: string | null }[] = await manager.query(
        `SELECT status, facilitator_grade FROM enrolments WHERE id = $1 FOR UPDATE`,
        [enrolmentId],
      );
      if (cohort.status !== 'scheduled') {
        throw new TeachingException(Code.CohortNotOpen, `La cohorte está ${cohort.status === 'closed' ? 'cerrada' : 'cancelada'}: sus notas ya no cambian`, [
          { field: 'grade', message: 'La cohorte ya no admite cambios de nota' },
        ]);
      }
      if (!isLearning(current.status)) {
        throw new TeachingException(Code.GradeNotAllowed, 'Solo se califica a quienes están inscritos o cursando', [
          { field: 'grade', message: 'Esta inscripción no está en curso: su nota ya no cambia' },
        ]);
      }
      const before = current.facilitator_grade === null ? null : Number(current.facilitator_grade);
      const grade = dto.grade ?? null;
      await manager.query(`UPDATE enrolments SET facilitator_grade = $2, updated_at = now() WHERE id = $1`, [enrolmentId, grade]);
      await this.audit.record(
        { actorId: actor.id, action: 'enrolment.grade', entityType: 'enrolment', entityId: enrolmentId, before: { facilitatorGrade: before }, after: { facilitatorGrade: grade } },
        manager,
      );
      const [outcome] = await this.completion.evaluate(manager, [enrolmentId], { actorId: actor.id });
      return {
        enrolmentId,
        facilitatorGrade: grade,
        finalScore: outcome?.check.finalScore ?? null,
        status: outcome?.status ?? current.status,
        met: outcome?.check.met ?? false,
      };
    });
  }
}
