import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { canEditCourses, hasAnyRole } from '@campus/domain';
import type { AuthUser } from '../../common/decorators/auth.decorators';
import { courseNotFound } from './courses.exception';

/**
 * The one place that decides which courses a user may see through the course management API
 * (DESIGN.md, scoping): admins and coordinators see and edit every course; a facilitator reads the
 * courses they teach, i.e. those with a cohort where they are in `cohort_facilitators`; nobody else
 * uses these endpoints (participants browse the catalogue). Outside the scope a course is "not
 * found", so nothing about it is revealed.
 */
const TAUGHT_BY_VIEWER = (courseColumn: string) =>
  `EXISTS (SELECT 1 FROM cohorts scope_co JOIN cohort_facilitators scope_cf ON scope_cf.cohort_id = scope_co.id
     WHERE scope_co.course_id = ${courseColumn} AND scope_cf.user_id = :scopeViewer)`;

export const scopeCoursesQuery = <T extends object>(qb: SelectQueryBuilder<T>, alias: string, viewer: AuthUser): SelectQueryBuilder<T> => {
  if (canEditCourses(viewer.roles)) return qb;
  if (hasAnyRole(viewer.roles, ['facilitator'])) return qb.andWhere(TAUGHT_BY_VIEWER(`${alias}.id`), { scopeViewer: viewer.id });
  return qb.andWhere('false');
};

const teaches = async (manager: EntityManager, viewer: AuthUser, courseId: string): Promise<boolean> => {
  if (!hasAnyRole(viewer.roles, ['facilitator'])) return false;
  const [row] = await manager.query(
    `SELECT 1 FROM cohorts co JOIN cohort_facilitators cf ON cf.cohort_id = co.id WHERE co.course_id = $1 AND cf.user_id = $2 LIMIT 1`,
    [courseId, viewer.id],
  );
  return Boolean(row);
};

/** Reading a course, its details and its content (editors: any; facilitators: the ones they teach). */
export const requireCourseRead = async (manager: EntityManager, viewer: AuthUser, courseId: string): Promise<void> => {
  if (canEditCourses(viewer.roles)) return;
  if (await teaches(manager, viewer, courseId)) return;
  throw courseNotFound();
};

/**
 * Downloading an activity's file. Today the course's readers (editors, its facilitators); the
 * enrolment workflow extends this function with the participants enrolled in a cohort of the
 * course, and nothing else has to change.
 */
export const requireActivityFileAccess = async (manager: EntityManager, viewer: AuthUser, courseId: string): Promise<void> => {
  await requireCourseRead(manager, viewer, courseId);
};
