import { useMutation, useQueryClient } from '@tanstack/react-query';
import { usersApi } from '../api/usersApi';
import { storeUser } from './cache';

export const useActivateUser = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: usersApi.activate,
    onSuccess: (user) => storeUser(queryClient, user),
  });
};
