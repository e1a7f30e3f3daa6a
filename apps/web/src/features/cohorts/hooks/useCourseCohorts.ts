import { useQuery } from '@tanstack/react-query';
import { cohortKeys, cohortsApi } from '../api/cohortsApi';

export const useCourseCohorts = (courseId: string) =>
  useQuery({ queryKey: cohortKeys.course(courseId), queryFn: () => cohortsApi.listForCourse(courseId) });
