import { useQuery } from '@tanstack/react-query';
import { learningApi, learningKeys } from '../api/learningApi';

/** The signed-in participant's profile, or (with `userId`) another person's, for those who may see it. */
export const useCompetencyProfile = (userId?: string) =>
  useQuery({
    queryKey: userId ? learningKeys.profile(userId) : learningKeys.myProfile,
    queryFn: () => (userId ? learningApi.profile(userId) : learningApi.myProfile()),
  });
