import { useQuery } from '@tanstack/react-query';
import { cohortKeys, cohortsApi } from '../api/cohortsApi';

/** The course a new cohort is scheduled for (title and default modality). */
export const useCohortCourse = (courseId: string) =>
  useQuery({ queryKey: cohortKeys.courseInfo(courseId), queryFn: () => cohortsApi.course(courseId) });
