import { useMutation, useQueryClient } from '@tanstack/react-query';
import { cohortsApi } from '../api/cohortsApi';
import type { UpdateCohortRequest } from '../api/types';
import { storeCohort } from './cache';

export const useUpdateCohort = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: UpdateCohortRequest }) => cohortsApi.update(id, changes),
    onSuccess: (cohort) => storeCohort(queryClient, cohort),
  });
};
