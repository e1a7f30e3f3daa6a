import { useMutation, useQueryClient } from '@tanstack/react-query';
import { cohortsApi } from '../api/cohortsApi';
import type { CreateSessionRequest } from '../api/types';
import { storeCohort } from './cache';

export const useAddSession = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ cohortId, session }: { cohortId: string; session: CreateSessionRequest }) => cohortsApi.addSession(cohortId, session),
    onSuccess: () => storeCohort(queryClient),
  });
};
