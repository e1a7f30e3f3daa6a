import { useQuery } from '@tanstack/react-query';
import { cohortKeys, cohortsApi } from '../api/cohortsApi';

export const useCohort = (id: string) => useQuery({ queryKey: cohortKeys.detail(id), queryFn: () => cohortsApi.get(id) });
