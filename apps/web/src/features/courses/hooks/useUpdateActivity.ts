import { useMutation, useQueryClient } from '@tanstack/react-query';
import { coursesApi } from '../api/coursesApi';
import type { UpdateActivityRequest } from '../api/types';
import { refreshContent } from './cache';

export const useUpdateActivity = (courseId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: UpdateActivityRequest }) => coursesApi.updateActivity(id, changes),
    onSuccess: () => refreshContent(queryClient, courseId),
  });
};
