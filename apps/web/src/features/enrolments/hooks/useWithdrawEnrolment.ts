import { useMutation, useQueryClient } from '@tanstack/react-query';
import { enrolmentsApi } from '../api/enrolmentsApi';
import { refreshEnrolments } from './cache';

/** One's own withdrawal (no reason) or a coordinator's (with a reason). */
export const useWithdrawEnrolment = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason?: string }) => enrolmentsApi.withdraw(id, reason),
    onSuccess: () => refreshEnrolments(queryClient),
  });
};
