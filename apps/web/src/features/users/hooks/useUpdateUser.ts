import { useMutation, useQueryClient } from '@tanstack/react-query';
import { usersApi } from '../api/usersApi';
import type { UpdateUserRequest } from '../api/usersApi';
import { storeUser } from './cache';

export const useUpdateUser = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: UpdateUserRequest }) => usersApi.update(id, changes),
    onSuccess: (user) => storeUser(queryClient, user),
  });
};
