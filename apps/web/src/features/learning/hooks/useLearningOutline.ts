import { useQuery } from '@tanstack/react-query';
import { learningApi, learningKeys } from '../api/learningApi';

export const useLearningOutline = (enrolmentId: string) =>
  useQuery({ queryKey: learningKeys.outline(enrolmentId), queryFn: () => learningApi.outline(enrolmentId), enabled: Boolean(enrolmentId) });
