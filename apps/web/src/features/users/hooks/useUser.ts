import { useQuery } from '@tanstack/react-query';
import { userKeys, usersApi } from '../api/usersApi';

export const useUser = (id: string) =>
  useQuery({ queryKey: userKeys.detail(id), queryFn: () => usersApi.get(id) });
