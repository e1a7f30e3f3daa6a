import { useQuery } from '@tanstack/react-query';
import { placementKeys, placementsApi } from '../api/placementsApi';

export const useSelection = (callId: string) => useQuery({ queryKey: placementKeys.selection(callId), queryFn: () => placementsApi.selection(callId) });
