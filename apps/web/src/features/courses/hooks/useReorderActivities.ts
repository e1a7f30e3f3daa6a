import { useMutation, useQueryClient } from '@tanstack/react-query';
import { coursesApi } from '../api/coursesApi';
import { refreshContent } from './cache';

export const useReorderActivities = (courseId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ moduleId, activityIds }: { moduleId: string; activityIds: string[] }) => coursesApi.reorderActivities(moduleId, activityIds),
    onSuccess: () => refreshContent(queryClient, courseId),
  });
};
