import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { isApiError } from '../../../app/http';
import { reportKeys, reportsApi } from '../api/reportsApi';
import type { ReportQuery } from '../api/types';

/** The dashboard for a period and filters; waits for the query (the default period comes with the options). */
export const useDashboard = (query: ReportQuery | null) =>
  useQuery({
    queryKey: reportKeys.dashboard(query ?? { from: '', to: '' }),
    queryFn: () => reportsApi.dashboard(query as ReportQuery),
    enabled: query !== null,
    placeholderData: keepPreviousData,
    // A refused filter (400, 403) stays refused: no retries.
    retry: (count, error) =>
      count < 2 && !(isApiError(error) && error.status >= 400 && error.status < 500),
  });
