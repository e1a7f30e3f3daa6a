import { Injectable, StreamableFile } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { cohortLabel, holdsSeat, isLearning, progressPercent } from '@campus/domain';
import type { AttendanceStatus, EnrolmentStatus } from '@campus/domain';
import type { AuthUser } from '../../common/decorators/auth.decorators';
import { AuditService } from '../audit/audit.service';
import { CompletionService } from '../learning/completion.service';
import { rosterCsv, rosterFileName, rosterXlsx } from './roster-files';
import { requireTaughtCohort } from './teaching.access';
import type { TaughtCohort } from './teaching.access';
import { TeachingRepository } from './teaching.repository';
import type { RosterCohortDto, RosterDto, RosterRowDto } from './dto/teaching.dto';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * A cohort's roster: every enrolment with progress, score, attendance and the completion rule's
 * verdict (two queries for the whole cohort, whatever its size), and its CSV and Excel exports.
 */
@Injectable()
export class RosterService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: TeachingRepository,
    private readonly completion: CompletionService,
    private readonly audit: AuditService,
  ) {}

  async get(cohortId: string, viewer: AuthUser, status?: EnrolmentStatus): Promise<RosterDto> {
    const cohort = await requireTaughtCohort(this.dataSource.manager, viewer, cohortId);
    const [rows, statusCounts, sessions] = await Promise.all([
      this.rows(cohort, status),
      this.repository.statusCounts(cohortId),
      this.repository.sessions(cohortId),
    ]);
    return { cohort: this.cohortDto(cohort, sessions.length), statusCounts, rows };
  }

  async csv(cohortId: string, viewer: AuthUser): Promise<StreamableFile> {
    const cohort = await requireTaughtCohort(this.dataSource.manager, viewer, cohortId);
    const [rows, sessions] = await Promise.all([this.rows(cohort), this.repository.sessions(cohortId)]);
    const dto = this.cohortDto(cohort, sessions.length);
    await this.recordExport(viewer, cohortId, 'csv', rows.length);
    return new StreamableFile(rosterCsv(rows), { type: 'text/csv; charset=utf-8', disposition: `attachment; filename="${rosterFileName(dto, 'csv')}"` });
  }

  async xlsx(cohortId: string, viewer: AuthUser): Promise<StreamableFile> {
    const cohort = await requireTaughtCohort(this.dataSource.manager, viewer, cohortId);
    const [rows, sessions, cells] = await Promise.all([
      this.rows(cohort),
      this.repository.sessions(cohortId),
      this.repository.attendanceMatrix(cohortId),
    ]);
    const dto = this.cohortDto(cohort, sessions.length);
    await this.recordExport(viewer, cohortId, 'xlsx', rows.length);
    const marks = new Map<string, AttendanceStatus>(cells.map((cell) => [`${cell.session_id}|${cell.enrolment_id}`, cell.status]));
    const stream = rosterXlsx(dto, rows, { sessions: sessions.map((s) => ({ id: s.id, title: s.title, startsAt: s.starts_at })), marks });
    return new StreamableFile(stream, { type: XLSX_TYPE, disposition: `attachment; filename="${rosterFileName(dto, 'xlsx')}"` });
  }

  private async recordExport(actor: AuthUser, cohortId: string, format: 'csv' | 'xlsx', rows: number) {
    await this.audit.record({ actorId: actor.id, action: 'roster.export', entityType: 'cohort', entityId: cohortId, after: { format, rows } });
  }

  private cohortDto(cohort: TaughtCohort, sessionCount: number): RosterCohortDto {
    return {
      id: cohort.id, courseId: cohort.courseId, courseCode: cohort.courseCode, courseTitle: cohort.courseTitle, label: cohortLabel(cohort),
      modality: cohort.modality, status: cohort.status, passingScore: cohort.passingScore, minAttendance: cohort.minAttendance, sessionCount,
    };
  }

  private async rows(cohort: TaughtCohort, status?: EnrolmentStatus): Promise<RosterRowDto[]> {
    const manager = this.dataSource.manager;
    const rows = await this.repository.roster(cohort.id, status, manager);
    const checks = await this.completion.check(manager, rows.map((row) => row.enrolment_id));
    return rows.map((row) => {
      const facts = checks.get(row.enrolment_id);
      const check = facts?.check;
      const required = facts?.row.required_activities ?? 0;
      const done = facts?.row.required_done ?? 0;
      return {
        enrolmentId: row.enrolment_id,
        userId: row.user_id,
        firstNames: row.first_names,
        lastNames: row.last_names,
        fullName: `${row.last_names}, ${row.first_names}`,
        email: row.email,
        municipality: row.municipality,
        gender: row.gender,
        status: row.status,
        requiredActivities: required,
        requiredDone: done,
        progressPercent: progressPercent(done, required),
        finalScore: check?.finalScore ?? null,
        facilitatorGrade: row.facilitator_grade === null ? null : Number(row.facilitator_grade),
        attendance: { present: row.present, absent: row.absent, excused: row.excused, rate: check?.attendanceRate ?? null },
        completion: {
          met: (check?.met ?? false) && (holdsSeat(row.status)),
          activitiesMet: check?.activitiesMet ?? false,
          scoreMet: check?.scoreMet ?? false,
          attendanceMet: check?.attendanceMet ?? false,
          attendanceRequired: check?.attendanceRequired ?? false,
        },
        gradable: cohort.status === 'scheduled' && isLearning(row.status),
      };
    });
  }
}
