import { useMutation, useQueryClient } from '@tanstack/react-query';
import { coursesApi } from '../api/coursesApi';
import { storeCourse } from './cache';

export const useArchiveCourse = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => coursesApi.archive(id),
    onSuccess: (course) => storeCourse(queryClient, course),
  });
};
