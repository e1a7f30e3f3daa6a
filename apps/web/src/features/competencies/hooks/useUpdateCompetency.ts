import { useMutation, useQueryClient } from '@tanstack/react-query';
import { competenciesApi, competencyKeys } from '../api/competenciesApi';
import type { UpdateCompetencyRequest } from '../api/types';

export const useUpdateCompetency = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: UpdateCompetencyRequest }) => competenciesApi.update(id, changes),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: competencyKeys.all }),
  });
};
