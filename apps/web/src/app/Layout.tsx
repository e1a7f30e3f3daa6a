import { Suspense } from 'react';
import type { ReactNode } from 'react';
import { Link, NavLink, Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';
import { navSectionsFor } from '@campus/domain';
import { useLogout } from '../features/auth/hooks/useLogout';
import { useSession } from '../features/auth/hooks/useSession';
import { NotificationBell } from '../features/notifications/components/NotificationBell';
import { Loading } from '../shared/QueryStatus';
import { useRoleNames } from '../shared/RoleList';
import { LanguageSwitch } from './LanguageSwitch';

const Brand = () => {
  const { t } = useTranslation();
  return (
    <Link to="/" className="brand">
      <span className="brand-mark" aria-hidden="true">
        EGM
      </span>
      <span className="brand-name">{t('app.name')}</span>
    </Link>
  );
};

interface FrameProps {
  /** Header tools after the language switch. */
  tools?: ReactNode;
  /** Navigation below the header bar. */
  nav?: ReactNode;
  narrow?: boolean;
}

/** What every page shares: skip link, header with brand and language, main (the route), footer. */
const Frame = ({ tools, nav, narrow = false }: FrameProps) => {
  const { t } = useTranslation();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipLink')}
      </a>
      <header className="site-header">
        <div className="header-bar">
          <Brand />
          <div className="header-tools">
            <LanguageSwitch />
            {tools}
          </div>
        </div>
        {nav}
      </header>
      <main
        id="main"
        className={narrow ? 'site-main site-main--narrow' : 'site-main'}
        tabIndex={-1}
      >
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="site-footer">
        <p>{t('app.footer')}</p>
      </footer>
    </>
  );
};

/** The frame of every signed-in page: header with navigation by role, main, footer. */
export const AppLayout = () => {
  const { t } = useTranslation();
  const { user } = useSession();
  const logout = useLogout();
  const roleNames = useRoleNames();
  const sections = navSectionsFor(user?.roles ?? []);

  return (
    <Frame
      tools={
        <>
          {user ? (
            <p className="user-name">
              <span className="visually-hidden">{t('header.signedInAs')} </span>
              {user.fullName}
              <span className="user-roles">{roleNames(user.roles).join(', ')}</span>
            </p>
          ) : null}
          <NotificationBell />
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => logout.mutate()}
            disabled={logout.isPending}
          >
            {logout.isPending ? t('header.loggingOut') : t('header.logout')}
          </button>
        </>
      }
      nav={
        <nav className="main-nav" aria-label={t('nav.label')}>
          <ul>
            {sections.map((section) => (
              <li key={section.key}>
                <NavLink to={section.path} end={section.path === '/'}>
                  {t(`nav.${section.key}`)}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      }
    />
  );
};

/** The frame of the pages one sees before signing in. */
export const PublicLayout = () => <Frame narrow />;
