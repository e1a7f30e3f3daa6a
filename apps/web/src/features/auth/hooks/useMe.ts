import { useQuery } from '@tanstack/react-query';
import { updateSessionUser } from '../../../app/session';
import { authApi, authKeys } from '../api/authApi';
import { useSession } from './useSession';

/** The signed-in user's own record, fresh from the server (starts from the session's copy). */
export const useMe = () => {
  const { user } = useSession();
  return useQuery({
    queryKey: authKeys.me,
    queryFn: async () => {
      const me = await authApi.me();
      updateSessionUser(me);
      return me;
    },
    initialData: user ?? undefined,
    initialDataUpdatedAt: 0,
  });
};
