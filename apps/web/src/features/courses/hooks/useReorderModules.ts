import { useMutation, useQueryClient } from '@tanstack/react-query';
import { coursesApi } from '../api/coursesApi';
import { refreshContent } from './cache';

export const useReorderModules = (courseId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (moduleIds: string[]) => coursesApi.reorderModules(courseId, moduleIds),
    onSuccess: () => refreshContent(queryClient, courseId),
  });
};
