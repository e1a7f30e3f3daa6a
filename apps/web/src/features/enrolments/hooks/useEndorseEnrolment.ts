import { useMutation, useQueryClient } from '@tanstack/react-query';
import { enrolmentsApi } from '../api/enrolmentsApi';
import { refreshEnrolments } from './cache';

export const useEndorseEnrolment = () => {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: (id: string) => enrolmentsApi.endorse(id), onSuccess: () => refreshEnrolments(queryClient) });
};
