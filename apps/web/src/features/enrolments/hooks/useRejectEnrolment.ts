import { useMutation, useQueryClient } from '@tanstack/react-query';
import { enrolmentsApi } from '../api/enrolmentsApi';
import { refreshEnrolments } from './cache';

export const useRejectEnrolment = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) => enrolmentsApi.reject(id, reason),
    onSuccess: () => refreshEnrolments(queryClient),
  });
};
