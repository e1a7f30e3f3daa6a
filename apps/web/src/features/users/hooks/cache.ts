import type { QueryClient } from '@tanstack/react-query';
import type { UserDto } from '../../../app/dto';
import { userKeys } from '../api/usersApi';

/** After a write: the user's detail is the answer, every list may have changed. */
export const storeUser = (queryClient: QueryClient, user: UserDto): Promise<void> => {
  queryClient.setQueryData(userKeys.detail(user.id), user);
  return queryClient.invalidateQueries({ queryKey: userKeys.lists });
};
