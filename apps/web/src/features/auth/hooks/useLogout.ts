import { useMutation, useQueryClient } from '@tanstack/react-query';
import { endSession } from '../../../app/session';
import { authApi } from '../api/authApi';

/** Ends the session on the server (revokes the refresh cookie) and forgets everything cached. */
export const useLogout = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: authApi.logout,
    onSettled: () => {
      endSession('logout');
      queryClient.clear();
    },
  });
};
