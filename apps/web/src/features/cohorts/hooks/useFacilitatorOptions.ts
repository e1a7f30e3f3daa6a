import { useQuery } from '@tanstack/react-query';
import { cohortKeys, cohortsApi } from '../api/cohortsApi';

/** The people a cohort form offers as facilitators (`enabled: false` where nobody edits). */
export const useFacilitatorOptions = ({ enabled = true }: { enabled?: boolean } = {}) =>
  useQuery({ enabled, queryKey: cohortKeys.facilitators, queryFn: cohortsApi.facilitators, staleTime: 5 * 60_000 });
