import { useMutation, useQueryClient } from '@tanstack/react-query';
import { updateSessionUser } from '../../../app/session';
import { authApi, authKeys } from '../api/authApi';

export const useUpdateMe = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: authApi.updateMe,
    onSuccess: (user) => {
      queryClient.setQueryData(authKeys.me, user);
      updateSessionUser(user);
    },
  });
};
