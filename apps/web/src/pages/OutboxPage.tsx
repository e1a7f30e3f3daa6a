import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutboxStatus } from '../features/notifications/api/notificationsApi';
import { useOutbox } from '../features/notifications/hooks/useOutbox';
import { Alert } from '../shared/Alert';
import { DataTable } from '../shared/DataTable';
import { SelectField } from '../shared/Field';
import { formatDateTime } from '../shared/format';
import '../features/enrolments/enrolments.css';
import { PageTitle } from '../shared/PageTitle';
import { Pagination } from '../shared/Pagination';
import { LoadError, Loading } from '../shared/QueryStatus';

const STATUSES: OutboxStatus[] = ['pending', 'sent', 'failed'];

/** Admins: the email outbox, i.e. what was mailed or, without SMTP, what would have been. */
export const OutboxPage = () => {
  const { t } = useTranslation();
  const [status, setStatus] = useState<OutboxStatus | ''>('');
  const [page, setPage] = useState(1);
  const outbox = useOutbox(status || undefined, page);
  const data = outbox.data;
  return (
    <>
      <PageTitle title={t('enrolments.outbox.title')} />
      {data ? <Alert kind="info">{data.smtpConfigured ? t('enrolments.outbox.smtpOn') : t('enrolments.outbox.smtpOff')}</Alert> : null}
      <SelectField
        label={t('enrolments.outbox.status')}
        name="status"
        value={status}
        onChange={(event) => {
          setStatus(event.currentTarget.value as OutboxStatus | '');
          setPage(1);
        }}
      >
        <option value="">{t('enrolments.outbox.all')}</option>
        {STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(`enrolments.outbox.statuses.${s}`)}
          </option>
        ))}
      </SelectField>
      {data ? (
        <>
          <DataTable
            caption={t('enrolments.outbox.caption', { count: data.total })}
            columns={[
              t('enrolments.outbox.columns.created'),
              t('enrolments.outbox.columns.to'),
              t('enrolments.outbox.columns.subject'),
              t('enrolments.outbox.columns.body'),
              t('enrolments.outbox.columns.status'),
              t('enrolments.outbox.columns.attempts'),
            ]}
            isEmpty={data.items.length === 0}
            emptyText={t('enrolments.outbox.empty')}
          >
            {data.items.map((mail) => (
              <tr key={mail.id}>
                <td>{formatDateTime(mail.createdAt)}</td>
                <td>{mail.to}</td>
                <td>{mail.subject}</td>
                <td className="pre-line">{mail.body}</td>
                <td>
                  {t(`enrolments.outbox.statuses.${mail.status}`)}
                  {mail.lastError ? <span className="muted"> — {mail.lastError}</span> : null}
                </td>
                <td>{mail.attempts}</td>
              </tr>
            ))}
          </DataTable>
          <Pagination page={data.page} pageSize={data.pageSize} total={data.total} onChange={setPage} />
        </>
      ) : outbox.isError ? (
        <LoadError error={outbox.error} onRetry={() => void outbox.refetch()} />
      ) : (
        <Loading />
      )}
    </>
  );
};
