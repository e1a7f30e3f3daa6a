import { hasAnyRole } from '@campus/domain';
import type { EnrolmentAction, Role } from '@campus/domain';
import type { AuthUser } from '../../common/decorators/auth.decorators';
import { EnrolmentsException, EnrolmentsExceptionCode } from './enrolments.exception';

/** Coordinators and admins decide on every enrolment. */
export const ENROLMENT_MANAGER_ROLES = ['coordinator', 'admin'] as const satisfies readonly Role[];

export const canManageEnrolments = (viewer: AuthUser): boolean => hasAnyRole(viewer.roles, ENROLMENT_MANAGER_ROLES);

/**
 * Which enrolments a viewer sees: every one (coordinators, admins), or those matching any of the
 * viewer's other roles: a liaison's municipality's people, a facilitator's cohorts, a participant's own.
 */
export type EnrolmentScope =
  | { kind: 'all' }
  | { kind: 'some'; municipalityId: string | null; facilitatorId: string | null; selfId: string | null };

/** What the access rules need to know of one enrolment. */
export interface EnrolmentTarget {
  userId: string;
  municipalityId: string | null;
  facilitatorIds: readonly string[];
}

/**
 * The one place that decides whose enrolments a user may see and act on (DESIGN.md, scoping).
 * Outside it, an enrolment does not exist for the viewer ("not found", revealing nothing).
 */
export const enrolmentScope = (viewer: AuthUser): EnrolmentScope => {
  if (canManageEnrolments(viewer)) return { kind: 'all' };
  return {
    kind: 'some',
    municipalityId: viewer.roles.includes('municipal_liaison') ? viewer.municipalityId : null,
    facilitatorId: viewer.roles.includes('facilitator') ? viewer.id : null,
    selfId: viewer.roles.includes('participant') ? viewer.id : null,
  };
};

/**
 * A SQL condition restricting enrolments (`e`, with its person `u`) to the scope; its values are
 * appended to `params` (positional `$n` parameters).
 */
export const enrolmentScopeSql = (scope: EnrolmentScope, params: unknown[]): string => {
  if (scope.kind === 'all') return 'TRUE';
  const conditions: string[] = [];
  if (scope.municipalityId) {
    params.push(scope.municipalityId);
    conditions.push(`u.municipality_id = $${params.length}`);
  }
  if (scope.facilitatorId) {
    params.push(scope.facilitatorId);
    conditions.push(`EXISTS (SELECT 1 FROM cohort_facilitators scope_cf WHERE scope_cf.cohort_id = e.cohort_id AND scope_cf.user_id = $${params.length})`);
  }
  if (scope.selfId) {
    params.push(scope.selfId);
    conditions.push(`e.user_id = $${params.length}`);
  }
  return conditions.length > 0 ? `(${conditions.join(' OR ')})` : 'FALSE';
};

export const inEnrolmentScope = (scope: EnrolmentScope, target: EnrolmentTarget): boolean =>
  scope.kind === 'all' ||
  (scope.municipalityId !== null && target.municipalityId === scope.municipalityId) ||
  (scope.facilitatorId !== null && target.facilitatorIds.includes(scope.facilitatorId)) ||
  (scope.selfId !== null && target.userId === scope.selfId);

const notFound = () => new EnrolmentsException(EnrolmentsExceptionCode.NotFound, 'Inscripción no encontrada');

/** The roles a viewer acts with on one enrolment: on someone else's, not as a participant. */
export const actingRoles = (viewer: AuthUser, target: Pick<EnrolmentTarget, 'userId' | 'municipalityId'>): Role[] =>
  viewer.roles.filter((role) => {
    if (role === 'participant') return target.userId === viewer.id;
    if (role === 'municipal_liaison') return viewer.municipalityId !== null && target.municipalityId === viewer.municipalityId;
    return true;
  });

/**
 * Throws "not found" unless the viewer may take `action` on the enrolment: coordinators and admins
 * on any; a liaison endorses or rejects only people of their own municipality; a participant
 * withdraws only their own. Whether the action fits the enrolment's state is the state machine's call.
 */
export const requireEnrolmentAction = (viewer: AuthUser, action: EnrolmentAction, target: EnrolmentTarget): void => {
  if (!inEnrolmentScope(enrolmentScope(viewer), target)) throw notFound();
  const roles = actingRoles(viewer, target);
  const allowed =
    hasAnyRole(roles, ENROLMENT_MANAGER_ROLES) ||
    ((action === 'endorse' || action === 'reject') && roles.includes('municipal_liaison')) ||
    (action === 'withdraw' && roles.includes('participant'));
  if (!allowed) throw notFound();
};
