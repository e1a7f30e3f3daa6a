import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../shared/DataTable';
import { DetailsList } from '../../../shared/DetailsList';
import { formatDateTime, formatDateTimeSeconds, formatNumber } from '../../../shared/format';
import type { AuditEntryDto } from '../api/types';
import { AuditChanges } from './AuditChanges';
import type { AuditValues } from './auditDiff';
import { actionLabel, entityTypeLabel } from './auditLabels';

/** What a row's links narrow the list to. */
export type AuditFocus =
  | { actorId: string; actorName: string }
  | { entityType: string; entityId: string }
  | { requestId: string };

const COLUMNS = 6;

/** An IPv4 address as the server saw it on a dual-stack socket (`::ffff:10.0.0.5`) reads as `10.0.0.5`. */
const shownIp = (ip: string): string => ip.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/, '$1');

const Actor = ({ entry }: { entry: AuditEntryDto }) => {
  const { t } = useTranslation();
  if (!entry.actor) return <>{t('audit.table.system')}</>;
  if (!entry.actor.email) return <>{t('audit.table.deletedAccount')}</>;
  return (
    <>
      {entry.actor.name}
      <br />
      <span className="audit-muted break">{entry.actor.email}</span>
    </>
  );
};

const Detail = ({
  entry,
  onFocus,
}: {
  entry: AuditEntryDto;
  onFocus: (focus: AuditFocus) => void;
}) => {
  const { t } = useTranslation();
  return (
    <div className="audit-detail">
      <DetailsList
        rows={[
          [
            t('audit.detail.at'),
            <time dateTime={entry.at}>{formatDateTimeSeconds(entry.at)}</time>,
          ],
          [t('audit.detail.actor'), <Actor entry={entry} />],
          [t('audit.detail.actionCode'), <code>{entry.action}</code>],
          [
            t('audit.detail.record'),
            <span className="break">{`${entityTypeLabel(t, entry.entityType)}${entry.entityId ? ` · ${entry.entityId}` : ''}`}</span>,
          ],
          [t('audit.detail.ip'), entry.ip ? shownIp(entry.ip) : '—'],
          [t('audit.detail.requestId'), <span className="break">{entry.requestId ?? '—'}</span>],
          [t('audit.detail.entryId'), <span className="break">{entry.id}</span>],
        ]}
      />
      <AuditChanges
        before={entry.before as AuditValues}
        after={entry.after as AuditValues}
        caption={t('audit.detail.changes')}
      />
      <div className="row-actions">
        {entry.actor ? (
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() =>
              onFocus({ actorId: entry.actor!.id, actorName: entry.actor!.name ?? entry.actor!.id })
            }
          >
            {t('audit.detail.byActor')}
          </button>
        ) : null}
        {entry.entityId ? (
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => onFocus({ entityType: entry.entityType, entityId: entry.entityId! })}
          >
            {t('audit.detail.byRecord')}
          </button>
        ) : null}
        {entry.requestId ? (
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => onFocus({ requestId: entry.requestId! })}
          >
            {t('audit.detail.byRequest')}
          </button>
        ) : null}
      </div>
    </div>
  );
};

/**
 * The entries of the current page, newest first: when, who, what, on which record, from where; each
 * row opens its detail (every field, and the record's data before and after, changes highlighted).
 */
export const AuditTable = ({
  entries,
  total,
  onFocus,
}: {
  entries: AuditEntryDto[];
  total: number;
  onFocus: (focus: AuditFocus) => void;
}) => {
  const { t } = useTranslation();
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  return (
    <DataTable
      caption={t('audit.table.captionCount', { total: formatNumber(total) })}
      columns={[
        t('audit.table.at'),
        t('audit.table.actor'),
        t('audit.table.action'),
        t('audit.table.record'),
        t('audit.table.ip'),
        t('audit.table.detail'),
      ]}
      isEmpty={entries.length === 0}
      emptyText={t('audit.table.empty')}
    >
      {entries.map((entry) => {
        const isOpen = open.has(entry.id);
        const label = actionLabel(t, entry.action);
        const detailId = `audit-detail-${entry.id}`;
        return (
          <Fragment key={entry.id}>
            <tr className={isOpen ? 'audit-row audit-row--open' : 'audit-row'}>
              <td>
                <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
              </td>
              <td>
                <Actor entry={entry} />
              </td>
              <td>
                {label}
                {label !== entry.action ? (
                  <>
                    <br />
                    <code className="audit-muted">{entry.action}</code>
                  </>
                ) : null}
              </td>
              <td>
                {entityTypeLabel(t, entry.entityType)}
                {entry.entityId ? (
                  <>
                    <br />
                    <span className="audit-muted break">{entry.entityId}</span>
                  </>
                ) : null}
              </td>
              <td className="break">{entry.ip ? shownIp(entry.ip) : '—'}</td>
              <td>
                <button
                  type="button"
                  className="button button--secondary button--small"
                  aria-expanded={isOpen}
                  {...(isOpen ? { 'aria-controls': detailId } : {})}
                  onClick={() => toggle(entry.id)}
                >
                  {isOpen ? t('audit.table.hide') : t('audit.table.show')}
                  <span className="visually-hidden">
                    {' '}
                    {t('audit.table.ofEntry', { at: formatDateTime(entry.at) })}
                  </span>
                </button>
              </td>
            </tr>
            {isOpen ? (
              <tr id={detailId} className="audit-detail-row">
                <td colSpan={COLUMNS}>
                  <Detail entry={entry} onFocus={onFocus} />
                </td>
              </tr>
            ) : null}
          </Fragment>
        );
      })}
    </DataTable>
  );
};
