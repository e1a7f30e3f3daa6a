import { useQuery } from '@tanstack/react-query';
import { placementKeys, placementsApi } from '../api/placementsApi';

export const useMyFollowUps = () => useQuery({ queryKey: placementKeys.mine, queryFn: placementsApi.mine });
