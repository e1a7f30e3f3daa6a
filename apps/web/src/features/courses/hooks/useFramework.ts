import { useQuery } from '@tanstack/react-query';
import { courseKeys, coursesApi } from '../api/coursesApi';

/** The active competency framework (areas, sub-areas, competencies), for the course form's choices. */
export const useFramework = () =>
  useQuery({ queryKey: courseKeys.framework, queryFn: coursesApi.framework, staleTime: 5 * 60_000 });
