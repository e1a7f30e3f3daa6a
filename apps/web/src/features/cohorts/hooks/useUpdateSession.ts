import { useMutation, useQueryClient } from '@tanstack/react-query';
import { cohortsApi } from '../api/cohortsApi';
import type { UpdateSessionRequest } from '../api/types';
import { storeCohort } from './cache';

export const useUpdateSession = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: UpdateSessionRequest }) => cohortsApi.updateSession(id, changes),
    onSuccess: () => storeCohort(queryClient),
  });
};
