import type { Schemas } from '@campus/api-client';
import { api, call } from '../../../app/http';
import type { ActivationInfoDto, ActivationLinkDto } from '../../../app/dto';

export type ActivateAccountRequest = Schemas['ActivateAccountDto'];
export type ActivationLinksRequest = Schemas['ActivationLinksQueryDto'];

/** The name the API gives the file of links (Content-Disposition), used when saving it. */
export const ACTIVATION_LINKS_FILE_NAME = 'enlaces-activacion.csv';

export const activationKeys = {
  token: (token: string) => ['activation', 'token', token] as const,
};

/**
 * One-time activation links: the admin issues them (one person, or a CSV for every account still
 * pending); the person opens theirs without a session and chooses a password.
 */
export const activationApi = {
  describe: (token: string) =>
    call<ActivationInfoDto>(() => api.GET('/api/auth/activation/{token}', { params: { path: { token } } }), {
      refresh: false,
    }),
  activate: (body: ActivateAccountRequest) =>
    call<void>(() => api.POST('/api/auth/activation', { body }), { refresh: false }),
  issueLink: (userId: string) =>
    call<ActivationLinkDto>(() => api.POST('/api/users/{id}/activation-link', { params: { path: { id: userId } } })),
  /** The CSV of fresh links, as a file to save (UTF-8 with BOM, as the API writes it). */
  issueLinksFile: (body: ActivationLinksRequest = {}) =>
    call<Blob>(() => api.POST('/api/users/activation-links', { body, parseAs: 'blob' })),
};
