import { useQuery } from '@tanstack/react-query';
import type { Schemas } from '@campus/api-client';
import { api, call } from '../app/http';

export type JobDto = Schemas['JobDto'];

const finished = (status: string | undefined) => status === 'done' || status === 'failed';

/** A background job's progress (`GET /api/jobs/:id`), polled every second until it ends. */
export const useJob = (id: string | null) =>
  useQuery({
    queryKey: ['jobs', id ?? ''] as const,
    queryFn: () => call<JobDto>(() => api.GET('/api/jobs/{id}', { params: { path: { id: id ?? '' } } })),
    enabled: id !== null,
    refetchInterval: (query) => (finished(query.state.data?.status) ? false : 1000),
  });
