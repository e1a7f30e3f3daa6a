import { useMutation, useQueryClient } from '@tanstack/react-query';
import { enrolmentsApi } from '../api/enrolmentsApi';
import { refreshEnrolments } from './cache';

export const useApproveEnrolment = () => {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: (id: string) => enrolmentsApi.approve(id), onSuccess: () => refreshEnrolments(queryClient) });
};
