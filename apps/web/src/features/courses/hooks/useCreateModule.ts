import { useMutation, useQueryClient } from '@tanstack/react-query';
import { coursesApi } from '../api/coursesApi';
import type { CreateModuleRequest } from '../api/types';
import { refreshContent } from './cache';

export const useCreateModule = (courseId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateModuleRequest) => coursesApi.createModule(courseId, body),
    onSuccess: () => refreshContent(queryClient, courseId),
  });
};
