import { useMutation, useQueryClient } from '@tanstack/react-query';
import { competenciesApi, competencyKeys } from '../api/competenciesApi';

/** Retires an item and its active descendants. */
export const useRetireCompetency = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => competenciesApi.retire(id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: competencyKeys.all }),
  });
};
