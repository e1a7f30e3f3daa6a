import { useQuery } from '@tanstack/react-query';
import { placementKeys, placementsApi } from '../api/placementsApi';
import type { FollowUpBoardFilters } from '../api/types';

export const useFollowUpBoard = (callId: string, filters: FollowUpBoardFilters) =>
  useQuery({ queryKey: placementKeys.board(callId, filters), queryFn: () => placementsApi.board(callId, filters) });
