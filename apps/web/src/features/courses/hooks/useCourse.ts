import { useQuery } from '@tanstack/react-query';
import { courseKeys, coursesApi } from '../api/coursesApi';

export const useCourse = (id: string) =>
  useQuery({ queryKey: courseKeys.detail(id), queryFn: () => coursesApi.get(id) });
