import { CERTIFICATE_MANAGER_ROLES, hasAnyRole } from '@campus/domain';
import type { AuthUser } from '../../common/decorators/auth.decorators';
import { certificateNotFound, CertificatesException, CertificatesExceptionCode } from './certificates.exception';

/** Coordinators and admins issue, revoke and reissue, and read every certificate. */
export const managesCertificates = (viewer: AuthUser): boolean => hasAnyRole(viewer.roles, CERTIFICATE_MANAGER_ROLES);

/**
 * The one place that decides who reads certificates (DESIGN.md, scoping). Out-of-scope records
 * answer "not found", revealing nothing:
 * - one certificate: its holder, coordinators and admins;
 * - a cohort's certificates: coordinators and admins, and (read-only) the cohort's facilitators.
 * The public verification page shows a masked view to anyone with the code (no scope).
 */
export const requireCertificateAccess = (viewer: AuthUser, certificate: { holderId: string }): void => {
  if (certificate.holderId === viewer.id || managesCertificates(viewer)) return;
  throw certificateNotFound();
};

export const requireCohortCertificatesAccess = (viewer: AuthUser, facilitatorIds: readonly string[]): void => {
  if (managesCertificates(viewer) || facilitatorIds.includes(viewer.id)) return;
  throw new CertificatesException(CertificatesExceptionCode.CohortNotFound, 'Cohorte no encontrada');
};
