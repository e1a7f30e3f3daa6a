import { hasAnyRole } from '@campus/domain';
import type { Role } from '@campus/domain';
import type { AuthUser } from '../../common/decorators/auth.decorators';
import { PlacementsException, PlacementsExceptionCode } from './placements.exception';

/** Who selects and places applicants, and who reads the follow-up board and the call reports. */
export const PLACEMENT_EDITOR_ROLES = ['coordinator', 'admin'] as const satisfies readonly Role[];
export const INTERNSHIP_REPORT_ROLES = ['coordinator', 'admin', 'manager'] as const satisfies readonly Role[];
/** Who records the follow-up of an improvement proposal: the intern, or the liaison of their municipality. */
export const FOLLOW_UP_WRITER_ROLES = ['participant', 'municipal_liaison'] as const satisfies readonly Role[];

/** Whose placements a viewer may see for the follow-up: all, their municipality's interns, or their own. */
export type PlacementScope = { kind: 'all' } | { kind: 'municipality'; municipalityId: string | null; userId: string } | { kind: 'self'; userId: string };

/**
 * The one place that decides which placements a person may follow up (DESIGN.md, scoping):
 * coordinators, admins and managers all; a municipal liaison those whose application came from
 * their municipality (and their own); anyone else only their own internship.
 */
export const placementScope = (viewer: AuthUser): PlacementScope => {
  if (hasAnyRole(viewer.roles, INTERNSHIP_REPORT_ROLES)) return { kind: 'all' };
  if (viewer.roles.includes('municipal_liaison')) return { kind: 'municipality', municipalityId: viewer.municipalityId, userId: viewer.id };
  return { kind: 'self', userId: viewer.id };
};

/**
 * SQL condition restricting placements to the scope, over an application aliased `a`; adds its
 * parameters to `params` (positional `$n`).
 */
export const placementScopeSql = (scope: PlacementScope, params: unknown[]): string => {
  if (scope.kind === 'all') return 'TRUE';
  params.push(scope.userId);
  const self = `a.applicant_id = $${params.length}`;
  if (scope.kind === 'self') return self;
  params.push(scope.municipalityId);
  return `(${self} OR (a.municipality_id IS NOT NULL AND a.municipality_id = $${params.length}::uuid))`;
};

/** Whether a placement (its application's applicant and municipality) is in the scope. */
export const inPlacementScope = (scope: PlacementScope, placement: { applicantId: string; municipalityId: string | null }): boolean => {
  if (scope.kind === 'all') return true;
  if (placement.applicantId === scope.userId) return true;
  return scope.kind === 'municipality' && scope.municipalityId !== null && placement.municipalityId === scope.municipalityId;
};

/** Throws "not found" (not "forbidden", to reveal nothing) when the placement is outside the viewer's scope. */
export const requirePlacementAccess = (viewer: AuthUser, placement: { applicantId: string; municipalityId: string | null }): void => {
  if (!inPlacementScope(placementScope(viewer), placement)) {
    throw new PlacementsException(PlacementsExceptionCode.PlacementNotFound, 'Pasantía no encontrada');
  }
};

/**
 * Who may record a follow-up: the intern themself or the liaison of the intern's municipality —
 * never someone merely because they see every placement. Others get "not found".
 */
export const requireFollowUpWriter = (actor: AuthUser, placement: { applicantId: string; municipalityId: string | null }): void => {
  const scope: PlacementScope = actor.roles.includes('municipal_liaison')
    ? { kind: 'municipality', municipalityId: actor.municipalityId, userId: actor.id }
    : { kind: 'self', userId: actor.id };
  if (!inPlacementScope(scope, placement)) {
    throw new PlacementsException(PlacementsExceptionCode.PlacementNotFound, 'Pasantía no encontrada');
  }
};
