import { useMutation, useQueryClient } from '@tanstack/react-query';
import { enrolmentsApi } from '../api/enrolmentsApi';
import { refreshEnrolments } from './cache';

export const useBulkEnrol = (cohortId: string) => {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: (userIds: string[]) => enrolmentsApi.bulk(cohortId, userIds), onSuccess: () => refreshEnrolments(queryClient) });
};
