import { useQuery } from '@tanstack/react-query';
import { placementKeys, placementsApi } from '../api/placementsApi';

export const useCallsForPlacement = (enabled: boolean) => useQuery({ queryKey: placementKeys.calls, queryFn: placementsApi.calls, enabled });
