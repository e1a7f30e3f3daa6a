import { useMutation, useQueryClient } from '@tanstack/react-query';
import { placementKeys, placementsApi } from '../api/placementsApi';
import type { CreateFollowUpRequest } from '../api/types';

export const useRecordFollowUp = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: CreateFollowUpRequest }) => placementsApi.recordFollowUp(id, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: placementKeys.mine }),
  });
};
