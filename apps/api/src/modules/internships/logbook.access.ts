import type { Role } from '@campus/domain';
import type { AuthUser } from '../../common/decorators/auth.decorators';
import { isTutorOf, managesInternships } from './internships.access';
import { placementNotFound } from './logbook.exception';

/** Who reads an internship's execution (each only within their scope, below). */
export const EXECUTION_READER_ROLES = ['participant', 'municipal_liaison', 'tutor', 'coordinator', 'admin'] as const satisfies readonly Role[];
/** Who writes the work plan, reviews the logbook and evaluates: the tutor, or coordination. */
export const EXECUTION_TUTOR_ROLES = ['tutor', 'coordinator', 'admin'] as const satisfies readonly Role[];
/** Who writes the logbook and the final report: the intern. */
export const EXECUTION_INTERN_ROLES = ['participant'] as const satisfies readonly Role[];

/** What scoping needs to know of a placement. */
export interface PlacementParties {
  applicantId: string;
  municipalityId: string | null;
  tutorId: string | null;
}

/**
 * Record-level scoping of an internship's execution (DESIGN.md, scoping), the one place the
 * logbook and evaluation services ask. Out of scope answers "not found" (reveals nothing):
 * - reading: the intern, their tutor (placements whose tutor is them), the liaison of the
 *   intern's municipality, coordinators and admins;
 * - the intern's actions (logbook, final report): only the intern;
 * - the tutor's actions (work plan, review, evaluation): only the placement's tutor, or coordination.
 */
export const isInternOf = (viewer: AuthUser, placement: PlacementParties): boolean => placement.applicantId === viewer.id;

export const actsAsTutor = (viewer: AuthUser, placement: PlacementParties): boolean =>
  managesInternships(viewer) || (viewer.roles.includes('tutor') && isTutorOf(viewer, placement));

export const canReadExecution = (viewer: AuthUser, placement: PlacementParties): boolean =>
  isInternOf(viewer, placement) ||
  actsAsTutor(viewer, placement) ||
  (viewer.roles.includes('municipal_liaison') && viewer.municipalityId !== null && placement.municipalityId === viewer.municipalityId);

export const requireExecutionRead = (viewer: AuthUser, placement: PlacementParties): void => {
  if (!canReadExecution(viewer, placement)) throw placementNotFound();
};

export const requireIntern = (viewer: AuthUser, placement: PlacementParties): void => {
  if (!isInternOf(viewer, placement)) throw placementNotFound();
};

export const requireTutor = (viewer: AuthUser, placement: PlacementParties): void => {
  if (!actsAsTutor(viewer, placement)) throw placementNotFound();
};

/** SQL condition over placements `p` for the tutor's list: all for coordination, else their interns. */
export const tutorListSql = (viewer: AuthUser, params: unknown[]): string => {
  if (managesInternships(viewer)) return 'TRUE';
  params.push(viewer.id);
  return `p.tutor_id = $${params.length}`;
};
