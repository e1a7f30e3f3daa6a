import { useMutation, useQueryClient } from '@tanstack/react-query';
import { enrolmentsApi } from '../api/enrolmentsApi';
import { refreshEnrolments } from './cache';

export const useRequestEnrolment = () => {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: (cohortId: string) => enrolmentsApi.request(cohortId), onSuccess: () => refreshEnrolments(queryClient) });
};
