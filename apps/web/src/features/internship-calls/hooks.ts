import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { callKeys, callsApi } from './api/callsApi';
import type { ApplicationQuery } from './api/callsApi';

export const useInternshipCalls = () =>
  useQuery({ queryKey: callKeys.calls, queryFn: callsApi.list });
export const useInternshipCall = (id: string) =>
  useQuery({ queryKey: callKeys.call(id), queryFn: () => callsApi.get(id) });
export const useTutorOptions = (enabled: boolean) =>
  useQuery({ queryKey: callKeys.tutors, queryFn: callsApi.tutors, enabled });
export const useApplications = (query: ApplicationQuery) =>
  useQuery({ queryKey: callKeys.applications(query), queryFn: () => callsApi.applications(query) });

/** Any change to calls or applications refreshes both lists (places taken, counts, states). */
export const useInternshipMutation = <A, R>(fn: (args: A) => Promise<R>) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: callKeys.calls });
      await queryClient.invalidateQueries({ queryKey: callKeys.allApplications });
      // The selection, follow-up and report links of the hub list the calls too.
      await queryClient.invalidateQueries({ queryKey: ['internship-placement'] });
    },
  });
};
