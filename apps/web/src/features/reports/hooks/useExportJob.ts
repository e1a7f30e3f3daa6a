import { useQuery } from '@tanstack/react-query';
import { reportKeys, reportsApi } from '../api/reportsApi';

const finished = (status: string | undefined) => status === 'done' || status === 'failed';

/** A background export's progress, polled every second until it ends. */
export const useExportJob = (id: string | null) =>
  useQuery({
    queryKey: reportKeys.job(id ?? ''),
    queryFn: () => reportsApi.job(id ?? ''),
    enabled: id !== null,
    refetchInterval: (query) => (finished(query.state.data?.status) ? false : 1000),
  });
