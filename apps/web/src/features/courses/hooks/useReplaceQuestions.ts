import { useMutation, useQueryClient } from '@tanstack/react-query';
import { coursesApi } from '../api/coursesApi';
import type { QuestionRequest } from '../api/types';
import { refreshContent } from './cache';

export const useReplaceQuestions = (courseId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, questions }: { id: string; questions: QuestionRequest[] }) => coursesApi.replaceQuestions(id, questions),
    onSuccess: () => refreshContent(queryClient, courseId),
  });
};
