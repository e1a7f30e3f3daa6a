import { useMutation, useQueryClient } from '@tanstack/react-query';
import { isApiError } from '../../../app/http';
import { learningApi } from '../api/learningApi';
import type { SubmitAttemptRequest } from '../api/types';
import { refreshLearning } from './cache';

/**
 * Sends a quiz attempt; network and server failures are retried with the SAME attempt id, which
 * the server recognises (the attempt is counted once).
 */
export const useSubmitAttempt = (enrolmentId: string, activityId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SubmitAttemptRequest) => learningApi.submitAttempt(enrolmentId, activityId, body),
    retry: (failures, error) => failures < 4 && (!isApiError(error) || error.status === 0 || error.status >= 500),
    retryDelay: (failures) => Math.min(15_000, 1000 * 2 ** failures),
    onSuccess: () => refreshLearning(queryClient, enrolmentId, activityId),
  });
};
