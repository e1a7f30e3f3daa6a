import { useMutation, useQueryClient } from '@tanstack/react-query';
import { competenciesApi, competencyKeys } from '../api/competenciesApi';

/** Restores an item and the descendants retired together with it. */
export const useRestoreCompetency = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => competenciesApi.restore(id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: competencyKeys.all }),
  });
};
