import { useMutation, useQueryClient } from '@tanstack/react-query';
import { coursesApi } from '../api/coursesApi';
import type { UpdateModuleRequest } from '../api/types';
import { refreshContent } from './cache';

export const useUpdateModule = (courseId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ moduleId, changes }: { moduleId: string; changes: UpdateModuleRequest }) => coursesApi.updateModule(moduleId, changes),
    onSuccess: () => refreshContent(queryClient, courseId),
  });
};
