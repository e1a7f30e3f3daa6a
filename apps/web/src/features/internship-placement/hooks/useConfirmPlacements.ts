import { useMutation, useQueryClient } from '@tanstack/react-query';
import { placementKeys, placementsApi } from '../api/placementsApi';
import type { ConfirmPlacementsRequest } from '../api/types';

export const useConfirmPlacements = (callId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ConfirmPlacementsRequest) => placementsApi.confirm(callId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: placementKeys.selection(callId) }),
  });
};
