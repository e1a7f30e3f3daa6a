import { useMutation, useQueryClient } from '@tanstack/react-query';
import { competenciesApi, competencyKeys } from '../api/competenciesApi';
import type { FrameworkFormat } from '../api/types';

export const useImportFramework = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, format, dryRun }: { file: File; format: FrameworkFormat; dryRun: boolean }) =>
      competenciesApi.importFile(file, format, dryRun),
    onSuccess: (result) => {
      if (!result.dryRun) return queryClient.invalidateQueries({ queryKey: competencyKeys.all });
    },
  });
};
