import type { Role } from '@campus/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { usersApi } from '../api/usersApi';
import { storeUser } from './cache';

export const useSetUserRoles = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, roles }: { id: string; roles: Role[] }) => usersApi.setRoles(id, roles),
    onSuccess: (user) => storeUser(queryClient, user),
  });
};
