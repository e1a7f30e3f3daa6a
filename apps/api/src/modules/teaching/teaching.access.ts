import type { EntityManager } from 'typeorm';
import type { CohortStatus, Modality } from '@campus/domain';
import type { AuthUser } from '../../common/decorators/auth.decorators';
import { CohortsException } from '../cohorts/cohorts.exception';
import { requireCohortAccess } from '../cohorts/cohorts.access';
import { TeachingException, TeachingExceptionCode as Code } from './teaching.exception';

/** What the teaching pages need of a cohort the viewer may teach. */
export interface TaughtCohort {
  id: string;
  courseId: string;
  courseTitle: string;
  courseCode: string;
  gestion: number;
  edition: number;
  parallel: string;
  modality: Modality;
  status: CohortStatus;
  startsOn: string;
  endsOn: string;
  passingScore: number;
  minAttendance: number;
  facilitatorIds: string[];
}

interface RawCohort {
  id: string;
  course_id: string;
  course_title: string;
  course_code: string;
  gestion: number;
  edition: number;
  parallel: string;
  modality: Modality;
  status: CohortStatus;
  starts_on: string;
  ends_on: string;
  passing_score: number;
  min_attendance: number;
  facilitator_ids: string[];
}

const notFound = () => new TeachingException(Code.CohortNotFound, 'Cohorte no encontrada');

/**
 * The one place that decides whose teaching records a viewer reaches (DESIGN.md, scoping), on top
 * of the cohorts' own rule (`requireCohortAccess`): coordinators and admins every cohort, a
 * facilitator only the cohorts they teach; anything else answers 404, revealing nothing.
 * With `lock`, the cohort row stays locked until the transaction ends.
 */
export const requireTaughtCohort = async (
  manager: EntityManager,
  viewer: AuthUser,
  cohortId: string,
  options: { lock?: boolean } = {},
): Promise<TaughtCohort> => {
  const [row]: RawCohort[] = await manager.query(
    `SELECT ch.id, ch.course_id, co.title AS course_title, co.code AS course_code, ch.gestion, ch.edition, ch.parallel, ch.modality, ch.status,
            to_char(ch.starts_on, 'YYYY-MM-DD') AS starts_on, to_char(ch.ends_on, 'YYYY-MM-DD') AS ends_on,
            co.passing_score, co.min_attendance,
            ARRAY(SELECT cf.user_id FROM cohort_facilitators cf WHERE cf.cohort_id = ch.id) AS facilitator_ids
       FROM cohorts ch JOIN courses co ON co.id = ch.course_id
      WHERE ch.id = $1
      ${options.lock ? 'FOR UPDATE OF ch' : ''}`,
    [cohortId],
  );
  if (!row) throw notFound();
  try {
    requireCohortAccess(viewer, row.facilitator_ids);
  } catch (error) {
    if (error instanceof CohortsException) throw notFound();
    throw error;
  }
  return {
    id: row.id, courseId: row.course_id, courseTitle: row.course_title, courseCode: row.course_code, gestion: row.gestion,
    edition: row.edition, parallel: row.parallel, modality: row.modality, status: row.status, startsOn: row.starts_on, endsOn: row.ends_on,
    passingScore: Number(row.passing_score), minAttendance: Number(row.min_attendance), facilitatorIds: row.facilitator_ids,
  };
};

/** The cohort an enrolment belongs to, if the viewer teaches it (404 otherwise, like a missing enrolment). */
export const requireTaughtEnrolment = async (manager: EntityManager, viewer: AuthUser, enrolmentId: string): Promise<TaughtCohort> => {
  const [row]: { cohort_id: string }[] = await manager.query(`SELECT cohort_id FROM enrolments WHERE id = $1`, [enrolmentId]);
  const missing = () => new TeachingException(Code.EnrolmentNotFound, 'Inscripción no encontrada');
  if (!row) throw missing();
  try {
    return await requireTaughtCohort(manager, viewer, row.cohort_id, { lock: true });
  } catch (error) {
    if (error instanceof TeachingException && error.code === Code.CohortNotFound) throw missing();
    throw error;
  }
};
