import { hasAnyRole } from '@campus/domain';
import type { AuthUser } from '../../common/decorators/auth.decorators';
import type { BackgroundJob } from './entities/background-job.entity';
import { JobsException, JobsExceptionCode } from './jobs.exception';

/** Who follows any job: those who start the school's batch work. */
const SEES_EVERY_JOB = ['admin', 'coordinator'] as const;

/**
 * The one place that decides who reads a job's progress: whoever started it, and coordinators and
 * admins. Anyone else gets "not found" (reveal nothing).
 */
export const requireJobAccess = (viewer: AuthUser, job: Pick<BackgroundJob, 'createdBy'>): void => {
  if (job.createdBy === viewer.id || hasAnyRole(viewer.roles, SEES_EVERY_JOB)) return;
  throw new JobsException(JobsExceptionCode.JobNotFound, 'Tarea no encontrada');
};
