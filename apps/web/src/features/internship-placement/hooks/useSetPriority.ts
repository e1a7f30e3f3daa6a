import { useMutation, useQueryClient } from '@tanstack/react-query';
import { placementKeys, placementsApi } from '../api/placementsApi';

export const useSetPriority = (callId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, priority }: { id: string; priority: number }) => placementsApi.setPriority(id, priority),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: placementKeys.selection(callId) }),
  });
};
