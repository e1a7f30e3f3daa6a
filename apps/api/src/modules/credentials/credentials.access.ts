import { CERTIFICATE_MANAGER_ROLES, hasAnyRole } from '@campus/domain';
import type { AuthUser } from '../../common/decorators/auth.decorators';
import { CredentialsException, CredentialsExceptionCode } from './credentials.exception';

/**
 * The one place that decides whose credentials a user may download (DESIGN.md, scoping):
 * coordinators and admins any certificate's; everyone else only their own. Someone else's
 * certificate answers "not found", revealing nothing.
 */
export const requireCredentialAccess = (viewer: AuthUser, holderId: string): void => {
  if (viewer.id === holderId || hasAnyRole(viewer.roles, CERTIFICATE_MANAGER_ROLES)) return;
  throw new CredentialsException(CredentialsExceptionCode.CertificateNotFound, 'Certificado no encontrado');
};
