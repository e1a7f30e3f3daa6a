import type { QueryClient } from '@tanstack/react-query';
import { enrolmentKeys } from '../api/enrolmentsApi';

/** After a decision: the queue, one's own enrolments, the cohorts' seats and the catalogue may have changed. */
export const refreshEnrolments = async (queryClient: QueryClient): Promise<void> => {
  await Promise.all(
    [enrolmentKeys.all, ['cohorts'], ['catalogue'], ['notifications']].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
  );
};
