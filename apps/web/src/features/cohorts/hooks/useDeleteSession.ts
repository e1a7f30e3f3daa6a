import { useMutation, useQueryClient } from '@tanstack/react-query';
import { cohortsApi } from '../api/cohortsApi';
import { storeCohort } from './cache';

export const useDeleteSession = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => cohortsApi.deleteSession(id),
    onSuccess: () => storeCohort(queryClient),
  });
};
