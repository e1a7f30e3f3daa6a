import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useHasRole } from '../features/auth/hooks/useHasRole';
import { useMarkAllRead } from '../features/notifications/hooks/useMarkAllRead';
import { useMarkRead } from '../features/notifications/hooks/useMarkRead';
import { useNotifications } from '../features/notifications/hooks/useNotifications';
import { formatDateTime } from '../shared/format';
import '../features/enrolments/enrolments.css';
import { PageTitle } from '../shared/PageTitle';
import { Pagination } from '../shared/Pagination';
import { LoadError, Loading } from '../shared/QueryStatus';

/** One's own notifications, newest first, with "Marcar todas como leídas". */
export const NotificationsPage = () => {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const notifications = useNotifications(page);
  const markRead = useMarkRead();
  const markAll = useMarkAllRead();
  const isAdmin = useHasRole('admin');
  const data = notifications.data;

  return (
    <>
      <div className="page-head">
        <PageTitle title={t('enrolments.notifications.title')} />
        {data && data.unread > 0 ? (
          <button type="button" className="button button--secondary" disabled={markAll.isPending} onClick={() => markAll.mutate()}>
            {t('enrolments.notifications.markAll')}
          </button>
        ) : null}
      </div>
      {isAdmin ? (
        <p>
          <Link to="/admin/correos">{t('enrolments.notifications.outboxLink')}</Link>
        </p>
      ) : null}
      {data ? (
        <>
          <p aria-live="polite" className="muted">
            {data.unread === 0 && data.total > 0 ? t('enrolments.notifications.allRead') : null}
          </p>
          {data.items.length === 0 ? (
            <p>{t('enrolments.notifications.empty')}</p>
          ) : (
            <ul className="notification-list" aria-label={t('enrolments.notifications.caption')}>
              {data.items.map((n) => (
                <li key={n.id} className={n.readAt ? 'notification' : 'notification notification--unread'}>
                  <h2 className="notification-title">
                    {n.readAt ? null : <span className="badge badge--pending">{t('enrolments.notifications.unread')}</span>} {n.title}
                  </h2>
                  {n.body ? <p>{n.body}</p> : null}
                  <p className="muted">
                    <time dateTime={n.createdAt}>{formatDateTime(n.createdAt)}</time>
                  </p>
                  <p className="button-row">
                    {n.link ? (
                      <Link to={n.link} onClick={() => (n.readAt ? undefined : markRead.mutate(n.id))}>
                        {t('enrolments.notifications.open')}
                        <span className="visually-hidden">: {n.title}</span>
                      </Link>
                    ) : null}
                    {n.readAt ? null : (
                      <button type="button" className="button button--secondary button--small" onClick={() => markRead.mutate(n.id)}>
                        {t('enrolments.notifications.markRead')}
                        <span className="visually-hidden">: {n.title}</span>
                      </button>
                    )}
                  </p>
                </li>
              ))}
            </ul>
          )}
          <Pagination page={data.page} pageSize={data.pageSize} total={data.total} onChange={setPage} />
        </>
      ) : notifications.isError ? (
        <LoadError error={notifications.error} onRetry={() => void notifications.refetch()} />
      ) : (
        <Loading />
      )}
    </>
  );
};
