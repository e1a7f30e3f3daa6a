import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { userKeys, usersApi } from '../api/usersApi';
import type { UserFilters } from '../api/usersApi';

export const useUsers = (filters: UserFilters) =>
  useQuery({
    queryKey: userKeys.list(filters),
    queryFn: () => usersApi.list(filters),
    placeholderData: keepPreviousData,
  });
