import { useMutation, useQueryClient } from '@tanstack/react-query';
import { startSession } from '../../../app/session';
import { authApi } from '../api/authApi';

export const useLogin = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: authApi.login,
    onSuccess: (session) => {
      queryClient.clear();
      startSession(session);
    },
  });
};
