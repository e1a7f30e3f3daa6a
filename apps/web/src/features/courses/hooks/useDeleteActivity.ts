import { useMutation, useQueryClient } from '@tanstack/react-query';
import { coursesApi } from '../api/coursesApi';
import { refreshContent } from './cache';

export const useDeleteActivity = (courseId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => coursesApi.deleteActivity(id),
    onSuccess: () => refreshContent(queryClient, courseId),
  });
};
