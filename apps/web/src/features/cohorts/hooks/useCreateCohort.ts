import { useMutation, useQueryClient } from '@tanstack/react-query';
import { cohortsApi } from '../api/cohortsApi';
import type { CreateCohortRequest } from '../api/types';
import { storeCohort } from './cache';

export const useCreateCohort = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ courseId, cohort }: { courseId: string; cohort: CreateCohortRequest }) => cohortsApi.create(courseId, cohort),
    onSuccess: (cohort) => storeCohort(queryClient, cohort),
  });
};
