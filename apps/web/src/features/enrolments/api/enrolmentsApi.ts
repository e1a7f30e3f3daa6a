import type { EnrolmentStatus } from '@campus/domain';
import { api, call } from '../../../app/http';
import type { BulkEnrolResultDto, EnrolmentDto, EnrolmentPageDto } from './types';

export interface EnrolmentFilters {
  status?: EnrolmentStatus[];
  cohortId?: string;
  courseId?: string;
  municipalityId?: string;
  q?: string;
  page: number;
  pageSize: number;
}

export const enrolmentKeys = {
  all: ['enrolments'] as const,
  lists: ['enrolments', 'list'] as const,
  list: (filters: EnrolmentFilters) => ['enrolments', 'list', filters] as const,
  mine: ['enrolments', 'mine'] as const,
};

const byId = (id: string) => ({ params: { path: { id } } });
const byCohort = (cohortId: string) => ({ params: { path: { cohortId } } });

export const enrolmentsApi = {
  list: ({ status, ...rest }: EnrolmentFilters) =>
    call<EnrolmentPageDto>(() => api.GET('/api/enrolments', { params: { query: { ...rest, ...(status?.length ? { status } : {}) } } })),
  mine: () => call<EnrolmentDto[]>(() => api.GET('/api/enrolments/mine')),
  request: (cohortId: string) => call<EnrolmentDto>(() => api.POST('/api/cohorts/{cohortId}/enrolments', byCohort(cohortId))),
  endorse: (id: string) => call<EnrolmentDto>(() => api.POST('/api/enrolments/{id}/endorse', byId(id))),
  approve: (id: string) => call<EnrolmentDto>(() => api.POST('/api/enrolments/{id}/approve', byId(id))),
  reject: (id: string, reason: string) => call<EnrolmentDto>(() => api.POST('/api/enrolments/{id}/reject', { ...byId(id), body: { reason } })),
  withdraw: (id: string, reason?: string) =>
    call<EnrolmentDto>(() => api.POST('/api/enrolments/{id}/withdraw', { ...byId(id), body: reason ? { reason } : {} })),
  bulk: (cohortId: string, userIds: string[]) =>
    call<BulkEnrolResultDto>(() => api.POST('/api/cohorts/{cohortId}/enrolments/bulk', { ...byCohort(cohortId), body: { userIds } })),
  importCsv: (cohortId: string, file: File, dryRun: boolean) =>
    call<BulkEnrolResultDto>(() => {
      // A fresh FormData per attempt; openapi-fetch sends FormData as multipart untouched.
      const body = new FormData();
      body.append('file', file);
      return api.POST('/api/cohorts/{cohortId}/enrolments/import', {
        params: { path: { cohortId }, query: { dryRun } },
        body: body as unknown as { file: string },
      });
    }),
};
