import { useMutation, useQueryClient } from '@tanstack/react-query';
import { coursesApi } from '../api/coursesApi';
import type { CreateActivityRequest } from '../api/types';
import { refreshContent } from './cache';

export const useCreateActivity = (courseId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ moduleId, activity }: { moduleId: string; activity: CreateActivityRequest }) => coursesApi.createActivity(moduleId, activity),
    onSuccess: () => refreshContent(queryClient, courseId),
  });
};
