import { api, call } from '../../../app/http';

export const credentialsApi = {
  /** The certificate's signed OpenBadgeCredential (JSON-LD), as a file. */
  download: (certificateId: string) =>
    call<Blob>(() => api.GET('/api/certificates/{id}/credential', { params: { path: { id: certificateId } }, parseAs: 'blob' })),
};
