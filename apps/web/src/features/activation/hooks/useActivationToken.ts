import { useQuery } from '@tanstack/react-query';
import { activationApi, activationKeys } from '../api/activationApi';

/** Whose account a link activates; a 404 means the link is not valid (used, replaced or expired). */
export const useActivationToken = (token: string) =>
  useQuery({
    queryKey: activationKeys.token(token),
    queryFn: () => activationApi.describe(token),
    enabled: token !== '',
    // The answer must not change under the person's eyes (after activating, the link is spent).
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
