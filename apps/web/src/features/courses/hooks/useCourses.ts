import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { courseKeys, coursesApi } from '../api/coursesApi';
import type { CourseFilters } from '../api/coursesApi';

export const useCourses = (filters: CourseFilters, { enabled = true }: { enabled?: boolean } = {}) =>
  useQuery({
    enabled,
    queryKey: courseKeys.list(filters),
    queryFn: () => coursesApi.list(filters),
    placeholderData: keepPreviousData,
  });
