import { useQuery } from '@tanstack/react-query';
import { learningApi, learningKeys } from '../api/learningApi';

export const useActivityContent = (enrolmentId: string, activityId: string | null) =>
  useQuery({
    queryKey: learningKeys.activity(enrolmentId, activityId ?? ''),
    queryFn: () => learningApi.activity(enrolmentId, activityId ?? ''),
    enabled: Boolean(enrolmentId && activityId),
  });
