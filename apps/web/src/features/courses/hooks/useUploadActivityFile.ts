import { useMutation, useQueryClient } from '@tanstack/react-query';
import { coursesApi } from '../api/coursesApi';
import { refreshContent } from './cache';

export const useUploadActivityFile = (courseId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, file }: { id: string; file: File }) => coursesApi.uploadFile(id, file),
    onSuccess: () => refreshContent(queryClient, courseId),
  });
};
