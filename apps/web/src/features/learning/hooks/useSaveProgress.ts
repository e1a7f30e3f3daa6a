import { useMutation, useQueryClient } from '@tanstack/react-query';
import { progressQueue } from '../api/progressQueue';
import type { SaveProgressRequest } from '../api/types';
import { refreshLearning } from './cache';

/** Marks an activity completed (through the retrying progress queue) and refreshes what it changes. */
export const useCompleteActivity = (enrolmentId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ activityId, body }: { activityId: string; body: SaveProgressRequest }) => progressQueue.save(enrolmentId, activityId, { ...body, status: 'completed' }),
    onSuccess: (_result, { activityId }) => refreshLearning(queryClient, enrolmentId, activityId),
  });
};
