import { useMutation, useQueryClient } from '@tanstack/react-query';
import { cohortsApi } from '../api/cohortsApi';
import type { CreateSessionSeriesRequest } from '../api/types';
import { storeCohort } from './cache';

export const useAddSessionSeries = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ cohortId, series }: { cohortId: string; series: CreateSessionSeriesRequest }) => cohortsApi.addSeries(cohortId, series),
    onSuccess: () => storeCohort(queryClient),
  });
};
