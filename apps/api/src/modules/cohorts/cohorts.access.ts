import type { SelectQueryBuilder } from 'typeorm';
import { COHORT_EDITOR_ROLES, hasAnyRole } from '@campus/domain';
import type { AuthUser } from '../../common/decorators/auth.decorators';
import { CohortsException, CohortsExceptionCode } from './cohorts.exception';

/** Which cohorts a viewer sees: all of them, or only those a given person facilitates. */
export type CohortScope = { kind: 'all' } | { kind: 'facilitator'; userId: string };

/** Coordinators and admins schedule and edit cohorts. */
export const canEditCohorts = (viewer: AuthUser): boolean => hasAnyRole(viewer.roles, COHORT_EDITOR_ROLES);

/**
 * The one place that decides which cohorts a user may see (DESIGN.md, scoping): coordinators and
 * admins see every cohort (or, asking for `onlyMine`, those they facilitate themselves); a
 * facilitator only the cohorts they teach. The routes' roles keep everyone else out.
 */
export const cohortScope = (viewer: AuthUser, onlyMine = false): CohortScope =>
  canEditCohorts(viewer) && !onlyMine ? { kind: 'all' } : { kind: 'facilitator', userId: viewer.id };

/** Restricts a query over cohorts (`alias`) to the viewer's scope. */
export const scopeCohortsQuery = <T extends object>(qb: SelectQueryBuilder<T>, alias: string, scope: CohortScope): SelectQueryBuilder<T> =>
  scope.kind === 'all'
    ? qb
    : qb.andWhere(
        `EXISTS (SELECT 1 FROM cohort_facilitators scope_cf WHERE scope_cf.cohort_id = ${alias}.id AND scope_cf.user_id = :scopeUser)`,
        { scopeUser: scope.userId },
      );

/** Whether a cohort taught by `facilitatorIds` is in the scope. */
export const inCohortScope = (scope: CohortScope, facilitatorIds: readonly string[]): boolean =>
  scope.kind === 'all' || facilitatorIds.includes(scope.userId);

/** Throws "not found" (not "forbidden", to reveal nothing) when the cohort is outside the viewer's scope. */
export const requireCohortAccess = (viewer: AuthUser, facilitatorIds: readonly string[]): void => {
  if (!inCohortScope(cohortScope(viewer), facilitatorIds)) {
    throw new CohortsException(CohortsExceptionCode.CohortNotFound, 'Cohorte no encontrada');
  }
};
