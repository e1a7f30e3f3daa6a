import { useMutation, useQueryClient } from '@tanstack/react-query';
import { userKeys, usersApi } from '../api/usersApi';

export const useImportOfficials = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, dryRun }: { file: File; dryRun: boolean }) => usersApi.importOfficials(file, dryRun),
    onSuccess: (result) => {
      if (!result.dryRun) return queryClient.invalidateQueries({ queryKey: userKeys.lists });
    },
  });
};
