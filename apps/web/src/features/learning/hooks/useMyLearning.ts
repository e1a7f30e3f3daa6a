import { useQuery } from '@tanstack/react-query';
import { learningApi, learningKeys } from '../api/learningApi';

export const useMyLearning = () => useQuery({ queryKey: learningKeys.list, queryFn: learningApi.list });
