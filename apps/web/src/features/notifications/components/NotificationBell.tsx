import { NavLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useUnreadCount } from '../hooks/useUnreadCount';

/** The header's link to /notificaciones with the number of unread notifications. */
export const NotificationBell = () => {
  const { t } = useTranslation();
  const unread = useUnreadCount();
  const count = unread.data ?? 0;
  return (
    <NavLink
      to="/notificaciones"
      className="notification-bell button button--secondary button--small"
    >
      <svg
        aria-hidden="true"
        focusable="false"
        width="14"
        height="14"
        viewBox="0 0 24 24"
        fill="currentColor"
      >
        <path d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3a1.5 1.5 0 0 0-3 0v1.16A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z" />
      </svg>{' '}
      {t('header.notifications')}
      {count > 0 ? (
        <span className="notification-count">
          <span aria-hidden="true">{count}</span>
          <span className="visually-hidden">{t('header.unreadCount', { count })}</span>
        </span>
      ) : null}
    </NavLink>
  );
};
