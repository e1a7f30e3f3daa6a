import { api, call } from '../../../app/http';
import type { EnrolmentStatus } from '@campus/domain';
import type { AttendanceSheetDto, GradeResultDto, RosterDto, RosterFormat, SaveAttendanceRequest, TeachingCohortDto } from './types';

export const teachingKeys = {
  all: ['teaching'] as const,
  cohorts: (options: { onlyMine: boolean; includePast: boolean }) => ['teaching', 'cohorts', options] as const,
  attendance: (cohortId: string, sessionId: string) => ['teaching', 'attendance', cohortId, sessionId] as const,
  roster: (cohortId: string, status?: EnrolmentStatus) => ['teaching', 'roster', cohortId, status ?? 'all'] as const,
};

const sessionPath = (cohortId: string, sessionId: string) => ({ params: { path: { cohortId, sessionId } } });

export const teachingApi = {
  cohorts: (options: { onlyMine: boolean; includePast: boolean }) =>
    call<TeachingCohortDto[]>(() => api.GET('/api/teaching/cohorts', { params: { query: options } })),
  attendance: (cohortId: string, sessionId: string) =>
    call<AttendanceSheetDto>(() => api.GET('/api/cohorts/{cohortId}/sessions/{sessionId}/attendance', sessionPath(cohortId, sessionId))),
  saveAttendance: (cohortId: string, sessionId: string, body: SaveAttendanceRequest) =>
    call<AttendanceSheetDto>(() => api.PUT('/api/cohorts/{cohortId}/sessions/{sessionId}/attendance', { ...sessionPath(cohortId, sessionId), body })),
  roster: (cohortId: string, status?: EnrolmentStatus) =>
    call<RosterDto>(() => api.GET('/api/cohorts/{cohortId}/roster', { params: { path: { cohortId }, query: status ? { status } : {} } })),
  saveGrade: (enrolmentId: string, grade: number | null) =>
    call<GradeResultDto>(() => api.PUT('/api/enrolments/{enrolmentId}/grade', { params: { path: { enrolmentId } }, body: { grade } })),
  /** The roster file (the download needs the session's token, hence not a plain link). */
  exportRoster: (cohortId: string, format: RosterFormat) =>
    call<Blob>(() =>
      format === 'csv'
        ? api.GET('/api/cohorts/{cohortId}/roster.csv', { params: { path: { cohortId } }, parseAs: 'blob' })
        : api.GET('/api/cohorts/{cohortId}/roster.xlsx', { params: { path: { cohortId } }, parseAs: 'blob' }),
    ),
};
