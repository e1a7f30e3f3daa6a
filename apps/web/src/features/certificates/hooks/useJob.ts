import { useQuery } from '@tanstack/react-query';
import { certificateKeys, certificatesApi } from '../api/certificatesApi';

const finished = (status: string | undefined) => status === 'done' || status === 'failed';

/** A background job's progress, polled every second until it ends. */
export const useJob = (id: string | null) =>
  useQuery({
    queryKey: certificateKeys.job(id ?? ''),
    queryFn: () => certificatesApi.job(id ?? ''),
    enabled: id !== null,
    refetchInterval: (query) => (finished(query.state.data?.status) ? false : 1000),
  });
