import { hasAnyRole } from '@campus/domain';
import type { Role } from '@campus/domain';
import { useSession } from './useSession';

/** Whether the signed-in user holds any of the roles (to show or hide controls; the API decides). */
export const useHasRole = (...roles: Role[]): boolean => {
  const { user } = useSession();
  return Boolean(user && hasAnyRole(user.roles, roles));
};
