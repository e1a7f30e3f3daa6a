import { useQuery } from '@tanstack/react-query';
import { reportKeys, reportsApi } from '../api/reportsApi';

/** The choices of the filters (within the viewer's scope) and the default period. */
export const useReportOptions = () =>
  useQuery({ queryKey: reportKeys.options, queryFn: reportsApi.options, staleTime: 5 * 60_000 });
