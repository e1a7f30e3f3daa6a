import { useMutation, useQueryClient } from '@tanstack/react-query';
import { coursesApi } from '../api/coursesApi';
import { refreshContent } from './cache';

export const useCreateVersion = (courseId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => coursesApi.createVersion(courseId),
    onSuccess: () => refreshContent(queryClient, courseId),
  });
};
