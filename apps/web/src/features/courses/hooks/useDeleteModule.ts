import { useMutation, useQueryClient } from '@tanstack/react-query';
import { coursesApi } from '../api/coursesApi';
import { refreshContent } from './cache';

export const useDeleteModule = (courseId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (moduleId: string) => coursesApi.deleteModule(moduleId),
    onSuccess: () => refreshContent(queryClient, courseId),
  });
};
