import { useMutation, useQueryClient } from '@tanstack/react-query';
import { cohortsApi } from '../api/cohortsApi';
import { storeCohort } from './cache';

/** Cancels (will not run) or closes (has finished) a scheduled cohort. */
export const useChangeCohortStatus = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, to }: { id: string; to: 'cancelled' | 'closed' }) => (to === 'cancelled' ? cohortsApi.cancel(id) : cohortsApi.close(id)),
    onSuccess: (cohort) => storeCohort(queryClient, cohort),
  });
};
