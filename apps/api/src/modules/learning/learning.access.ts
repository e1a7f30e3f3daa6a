import { isLearning } from '@campus/domain';
import type { EnrolmentStatus } from '@campus/domain';
import type { AuthUser } from '../../common/decorators/auth.decorators';
import { requireUserAccess } from '../users/users.access';
import { enrolmentNotFound, LearningException, LearningExceptionCode } from './learning.exception';

/**
 * The one place that decides who reaches what in "Mi aprendizaje", the course player and the
 * competency profiles (DESIGN.md, scoping):
 *
 * - an enrolment's learning records (outline, content, files, progress, quiz attempts) belong to
 *   its participant alone: anyone else gets "not found", which reveals nothing;
 * - the content opens while the enrolment is enrolled or in progress; once passed or failed it
 *   stays readable (read-only: no progress, no attempts); requested, endorsed, waitlisted,
 *   rejected and withdrawn enrolments do not open it;
 * - a competency profile: one's own; admins, coordinators and managers anyone's; a municipal
 *   liaison the people of their municipality (the shared rule `peopleScope`).
 */
export type LearningAccess = 'write' | 'read';

/** SQL condition restricting `enrolments` (alias) to the viewer's own. */
export const OWN_ENROLMENTS = (alias: string, parameter = '$1') => `${alias}.user_id = ${parameter}`;

/** Throws "not found" unless the enrolment is the viewer's; then says whether it may be written or only read. */
export const requireOwnEnrolment = (
  viewer: AuthUser,
  enrolment: { userId: string; status: EnrolmentStatus } | undefined,
  wanted: LearningAccess,
): void => {
  if (!enrolment || enrolment.userId !== viewer.id) throw enrolmentNotFound();
  if (isLearning(enrolment.status)) return;
  if (enrolment.status === 'passed' || enrolment.status === 'failed') {
    if (wanted === 'read') return;
    throw new LearningException(LearningExceptionCode.Finished, 'El curso ya terminó para usted: su contenido queda solo para consulta');
  }
  throw new LearningException(LearningExceptionCode.NotLearning, 'Su inscripción todavía no le da acceso al contenido del curso');
};

/**
 * Throws "not found" (not "forbidden") when the person does not exist or is outside the viewer's
 * people scope (users.access.ts, the same rule as the people directory).
 */
export function requireProfileAccess<P extends { id: string; municipalityId: string | null }>(viewer: AuthUser, person: P | undefined): asserts person is P {
  if (!person) throw new LearningException(LearningExceptionCode.UserNotFound, 'Usuario no encontrado');
  requireUserAccess(viewer, person);
}
