import { useMutation, useQueryClient } from '@tanstack/react-query';
import { learningApi, learningKeys } from '../api/learningApi';
import type { CreateCompetencyRecordRequest } from '../api/types';

export const useRecogniseCompetency = (userId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateCompetencyRecordRequest) => learningApi.recognise(userId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: learningKeys.profile(userId) }),
  });
};
