import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { hasAnyRole, NAV_SECTIONS } from '@campus/domain';
import type { NavSectionKey, Role } from '@campus/domain';
import { useSession } from '../features/auth/hooks/useSession';
import { ForbiddenPage } from '../pages/ForbiddenPage';
import { FullPageLoading } from './FullPageLoading';

/** Only for a signed-in user; others go to the login page, which brings them back afterwards. */
export const RequireAuth = ({ children }: { children: ReactNode }) => {
  const { status, endReason } = useSession();
  const location = useLocation();
  if (status === 'loading') return <FullPageLoading />;
  if (status === 'anonymous') {
    const from = endReason === 'logout' ? undefined : `${location.pathname}${location.search}`;
    return <Navigate to="/ingresar" replace state={from && from !== '/' ? { from } : undefined} />;
  }
  return children;
};

/** Only for users holding one of the roles; the others see the "sin permiso" page. */
export const RequireRoles = ({ roles, children }: { roles: readonly Role[]; children: ReactNode }) => {
  const { user } = useSession();
  if (!user || !hasAnyRole(user.roles, roles)) return <ForbiddenPage />;
  return children;
};

/** The roles of a navigation section, as `libs/domain` defines them (the server enforces the same). */
export const RequireSection = ({ section, children }: { section: NavSectionKey; children: ReactNode }) => {
  const roles = NAV_SECTIONS.find((candidate) => candidate.key === section)?.roles ?? [];
  return <RequireRoles roles={roles}>{children}</RequireRoles>;
};
