import { hasAnyRole } from '@campus/domain';
import type { Role } from '@campus/domain';
import type { AuthUser } from '../../common/decorators/auth.decorators';
import { CallsException, CallsExceptionCode } from './calls.exception';

/**
 * Record-level scoping of internships (DESIGN.md, scoping), the one place each slice asks:
 * coordinators and admins see everything; a municipal liaison sees the applications of their
 * municipality's people; a participant their own; a tutor only their interns (placements whose
 * tutor is them). Out of scope answers "not found".
 */
export const INTERNSHIP_MANAGER_ROLES = ['admin', 'coordinator'] as const satisfies readonly Role[];
/** Who may see calls at all (drafts only those who oversee them). Gerencia reads them, never writes. */
export const CALL_READER_ROLES = ['admin', 'coordinator', 'manager', 'participant', 'municipal_liaison', 'tutor'] as const satisfies readonly Role[];
/** Who sees every call (drafts included) and how many applications each has: the managers and Gerencia (read-only). */
export const CALL_OVERSIGHT_ROLES = ['admin', 'coordinator', 'manager'] as const satisfies readonly Role[];
/** Who may list applications (tutors see none: they see their interns' placements). */
export const APPLICATION_READER_ROLES = ['admin', 'coordinator', 'municipal_liaison', 'participant'] as const satisfies readonly Role[];

export const managesInternships = (viewer: AuthUser): boolean => hasAnyRole(viewer.roles, INTERNSHIP_MANAGER_ROLES);

/** Which applications a viewer sees: all, or those of a municipality and/or their own. */
export type ApplicationScope = { kind: 'all' } | { kind: 'some'; municipalityId: string | null; selfId: string | null };

export const applicationScope = (viewer: AuthUser): ApplicationScope =>
  managesInternships(viewer)
    ? { kind: 'all' }
    : {
        kind: 'some',
        municipalityId: viewer.roles.includes('municipal_liaison') ? viewer.municipalityId : null,
        selfId: viewer.roles.includes('participant') ? viewer.id : null,
      };

/** SQL condition restricting applications (`alias`) to the scope; pushes its parameters onto `params`. */
export const applicationScopeSql = (scope: ApplicationScope, alias: string, params: unknown[]): string => {
  if (scope.kind === 'all') return 'TRUE';
  const conditions: string[] = [];
  if (scope.municipalityId) {
    params.push(scope.municipalityId);
    conditions.push(`${alias}.municipality_id = $${params.length}`);
  }
  if (scope.selfId) {
    params.push(scope.selfId);
    conditions.push(`${alias}.applicant_id = $${params.length}`);
  }
  return conditions.length ? `(${conditions.join(' OR ')})` : 'FALSE';
};

export const inApplicationScope = (scope: ApplicationScope, target: { applicantId: string; municipalityId: string | null }): boolean =>
  scope.kind === 'all' ||
  (scope.selfId !== null && target.applicantId === scope.selfId) ||
  (scope.municipalityId !== null && target.municipalityId === scope.municipalityId);

/** Throws "not found" when the application is outside the viewer's scope. */
export const requireApplicationAccess = (viewer: AuthUser, target: { applicantId: string; municipalityId: string | null }): void => {
  if (!inApplicationScope(applicationScope(viewer), target)) {
    throw new CallsException(CallsExceptionCode.ApplicationNotFound, 'Postulación no encontrada');
  }
};

/** A liaison endorses only applications of their own municipality's people (and never their own). */
export const requireEndorsementAccess = (viewer: AuthUser, target: { applicantId: string; municipalityId: string | null }): void => {
  const ok = viewer.roles.includes('municipal_liaison') && viewer.municipalityId !== null && target.municipalityId === viewer.municipalityId
    && target.applicantId !== viewer.id;
  if (!ok) throw new CallsException(CallsExceptionCode.ApplicationNotFound, 'Postulación no encontrada');
};

/**
 * Coordinators, admins and Gerencia see drafts and the application counts (an aggregate, no
 * personal data); everyone else only published or closed calls.
 */
export const overseesCalls = (viewer: AuthUser): boolean => hasAnyRole(viewer.roles, CALL_OVERSIGHT_ROLES);

/** Placements a tutor sees: those whose tutor_id is them (for the placement and execution slices). */
export const isTutorOf = (viewer: AuthUser, placement: { tutorId: string | null }): boolean =>
  placement.tutorId !== null && placement.tutorId === viewer.id;
