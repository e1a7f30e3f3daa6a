import type { QueryClient } from '@tanstack/react-query';
import { cohortKeys } from '../api/cohortsApi';
import type { CohortDto } from '../api/types';

/**
 * After a write: the cohort's detail is the answer when the API gives it; the course lists, the
 * calendar and other cohorts' double bookings may have changed.
 */
export const storeCohort = async (queryClient: QueryClient, cohort?: CohortDto): Promise<void> => {
  if (cohort) queryClient.setQueryData(cohortKeys.detail(cohort.id), cohort);
  await Promise.all(
    (['course', 'detail', 'calendar'] as const).map((kind) => queryClient.invalidateQueries({ queryKey: [...cohortKeys.all, kind] })),
  );
};
