import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { executionApi, executionKeys } from '../api/executionApi';
import type { EvaluateRequest, FinalReportRequest, LogbookEntryInput, SaveWorkPlanRequest } from '../api/types';

/** After a write: the placement, the lists (hours, states) may have changed. */
const refresh = (queryClient: QueryClient) => queryClient.invalidateQueries({ queryKey: executionKeys.all });

export const useSaveWorkPlan = (placementId: string) => {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: (body: SaveWorkPlanRequest) => executionApi.saveWorkPlan(placementId, body), onSuccess: () => refresh(queryClient) });
};

export const useAddLogbookEntry = (placementId: string) => {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: (body: LogbookEntryInput) => executionApi.addEntry(placementId, body), onSuccess: () => refresh(queryClient) });
};

export const useUpdateLogbookEntry = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: LogbookEntryInput }) => executionApi.updateEntry(id, body),
    onSuccess: () => refresh(queryClient),
  });
};

export const useReviewLogbookEntry = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, verdict, comment }: { id: string; verdict: 'validate' | 'return'; comment?: string }) =>
      verdict === 'validate' ? executionApi.validateEntry(id) : executionApi.returnEntry(id, comment ?? ''),
    onSuccess: () => refresh(queryClient),
  });
};

export const useSubmitFinalReport = (placementId: string) => {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: (body: FinalReportRequest) => executionApi.submitReport(placementId, body), onSuccess: () => refresh(queryClient) });
};

export const useEvaluatePlacement = (placementId: string) => {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: (body: EvaluateRequest) => executionApi.evaluate(placementId, body), onSuccess: () => refresh(queryClient) });
};
