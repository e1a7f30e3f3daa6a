import { api, call } from '../../../app/http';
import type { CertificateBatchDto, CertificateDto, PublicCertificateDto } from './types';

export const certificateKeys = {
  all: ['certificates'] as const,
  mine: ['certificates', 'mine'] as const,
  cohort: (cohortId: string) => ['certificates', 'cohort', cohortId] as const,
  public: (code: string) => ['certificates', 'public', code] as const,
};

const byId = (id: string) => ({ params: { path: { id } } });

export const certificatesApi = {
  mine: () => call<CertificateDto[]>(() => api.GET('/api/certificates/mine')),
  forCohort: (cohortId: string) =>
    call<CertificateDto[]>(() => api.GET('/api/cohorts/{cohortId}/certificates', { params: { path: { cohortId } } })),
  issueCohort: (cohortId: string) =>
    call<CertificateBatchDto>(() => api.POST('/api/cohorts/{cohortId}/certificates/batch', { params: { path: { cohortId } } })),
  revoke: (id: string, reason: string) =>
    call<CertificateDto>(() => api.POST('/api/certificates/{id}/revoke', { ...byId(id), body: { reason } })),
  reissue: (id: string, note: string) =>
    call<CertificateDto>(() => api.POST('/api/certificates/{id}/reissue', { ...byId(id), body: { note } })),
  /** No login: anyone with the code. */
  verify: (code: string) =>
    call<PublicCertificateDto>(() => api.GET('/api/public/certificates/{code}', { params: { path: { code } } }), { refresh: false }),
};
