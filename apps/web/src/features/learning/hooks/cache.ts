import type { QueryClient } from '@tanstack/react-query';
import { learningKeys } from '../api/learningApi';

/** After progress or an attempt: the list, the outline (done marks, completion check) and the activity may have changed. */
export const refreshLearning = async (queryClient: QueryClient, enrolmentId: string, activityId?: string): Promise<void> => {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: learningKeys.list }),
    queryClient.invalidateQueries({ queryKey: learningKeys.outline(enrolmentId) }),
    activityId ? queryClient.invalidateQueries({ queryKey: learningKeys.activity(enrolmentId, activityId) }) : Promise.resolve(),
    queryClient.invalidateQueries({ queryKey: learningKeys.myProfile }),
  ]);
};
