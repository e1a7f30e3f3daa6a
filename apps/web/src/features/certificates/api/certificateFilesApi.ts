import { api, call } from '../../../app/http';

/** The certificate files (the downloads need the session's token, hence not plain links). */
export const certificateFilesApi = {
  /** One certificate as a PDF: its holder, coordinators and admins. */
  pdf: (id: string) => call<Blob>(() => api.GET('/api/certificates/{id}/pdf', { params: { path: { id } }, parseAs: 'blob' })),
  /** Every current certificate of a cohort, one PDF each, in a ZIP: coordinators and admins. */
  cohortZip: (cohortId: string) =>
    call<Blob>(() => api.GET('/api/cohorts/{cohortId}/certificates.zip', { params: { path: { cohortId } }, parseAs: 'blob' })),
};

/** `EGM-2026-000123.pdf`, as the API names it. */
export const certificatePdfFileName = (serial: string): string => `${serial}.pdf`;
