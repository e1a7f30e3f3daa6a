import { NavLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useUnreadCount } from '../hooks/useUnreadCount';

/** The header's link to /notificaciones with the number of unread notifications. */
export const NotificationBell = () => {
  const { t } = useTranslation();
  const unread = useUnreadCount();
  const count = unread.data ?? 0;
  return (
    <NavLink to="/notificaciones" className="notification-bell button button--secondary button--small">
      <span aria-hidden="true">🔔</span> {t('header.notifications')}
      {count > 0 ? (
        <span className="notification-count">
          <span aria-hidden="true">{count}</span>
          <span className="visually-hidden">{t('header.unreadCount', { count })}</span>
        </span>
      ) : null}
    </NavLink>
  );
};
