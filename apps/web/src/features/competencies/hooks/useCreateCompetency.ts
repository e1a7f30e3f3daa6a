import { useMutation, useQueryClient } from '@tanstack/react-query';
import { competenciesApi, competencyKeys } from '../api/competenciesApi';
import type { CreateCompetencyRequest } from '../api/types';

export const useCreateCompetency = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateCompetencyRequest) => competenciesApi.create(body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: competencyKeys.all }),
  });
};
