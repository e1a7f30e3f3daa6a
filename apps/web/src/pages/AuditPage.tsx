import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  AuditFiltersForm,
  EMPTY_AUDIT_FILTERS,
} from '../features/audit/components/AuditFiltersForm';
import type { AuditFilterValues } from '../features/audit/components/AuditFiltersForm';
import { AuditTable } from '../features/audit/components/AuditTable';
import type { AuditFocus } from '../features/audit/components/AuditTable';
import type { AuditFilters } from '../features/audit/api/types';
import { useAuditActions } from '../features/audit/hooks/useAuditActions';
import { useAuditEntityTypes } from '../features/audit/hooks/useAuditEntityTypes';
import { useAuditEntries } from '../features/audit/hooks/useAuditEntries';
import { useExportAudit } from '../features/audit/hooks/useExportAudit';
import '../features/audit/audit.css';
import { Alert } from '../shared/Alert';
import { saveFile } from '../shared/download';
import { apiFieldErrors, errorMessage } from '../shared/errors';
import { todayInLaPaz } from '../shared/format';
import { PageTitle } from '../shared/PageTitle';
import { Pagination } from '../shared/Pagination';
import { LoadError, Loading } from '../shared/QueryStatus';

const PAGE_SIZE = 25;

/** The filters' names in the address (Spanish, shareable): ?desde=&hasta=&persona=&accion=&tipo=&registro=&solicitud=&pagina=. */
const PARAMS: Record<keyof AuditFilterValues, string> = {
  from: 'desde',
  to: 'hasta',
  actor: 'persona',
  action: 'accion',
  entityType: 'tipo',
  entityId: 'registro',
  requestId: 'solicitud',
};

const toFilters = (values: AuditFilterValues, actorId: string): AuditFilters =>
  Object.fromEntries(
    [...Object.entries(values), ['actorId', actorId]].filter(([, value]) => value !== ''),
  ) as AuditFilters;

/**
 * The audit log, for admins: filters in the address (shareable, the back button works), a page of
 * entries with their detail, and the CSV download of everything the filters match.
 */
export const AuditPage = () => {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const values = Object.fromEntries(
    Object.entries(PARAMS).map(([key, name]) => [key, params.get(name) ?? '']),
  ) as unknown as AuditFilterValues;
  const actorId = params.get('personaId') ?? '';
  const actorName = params.get('personaNombre') ?? '';
  const page = Math.max(1, Number(params.get('pagina')) || 1);
  const filters = toFilters(values, actorId);
  const entries = useAuditEntries(filters, page, PAGE_SIZE);
  const actions = useAuditActions();
  const entityTypes = useAuditEntityTypes();
  const exportFile = useExportAudit();
  const [downloaded, setDownloaded] = useState(false);

  const update = (
    next: AuditFilterValues,
    nextPage = 1,
    person: { id: string; name: string } = { id: actorId, name: actorName },
  ) => {
    const entries: [string, string][] = [
      ...Object.entries(PARAMS).map(([key, name]): [string, string] => [
        name,
        next[key as keyof AuditFilterValues],
      ]),
      ['personaId', person.id],
      ['personaNombre', person.id ? person.name : ''],
      ['pagina', nextPage > 1 ? String(nextPage) : ''],
    ];
    setDownloaded(false);
    setParams(new URLSearchParams(entries.filter(([, value]) => value !== '')));
  };
  const focus = (target: AuditFocus) => {
    const none = EMPTY_AUDIT_FILTERS;
    if ('actorId' in target) update(none, 1, { id: target.actorId, name: target.actorName });
    else if ('entityId' in target)
      update({ ...none, entityType: target.entityType, entityId: target.entityId }, 1, {
        id: '',
        name: '',
      });
    else update({ ...none, requestId: target.requestId }, 1, { id: '', name: '' });
  };
  const download = () => {
    setDownloaded(false);
    exportFile.mutate(filters, {
      onSuccess: (blob) => {
        saveFile(blob, `auditoria-${todayInLaPaz()}.csv`);
        setDownloaded(true);
      },
    });
  };
  const filterErrors = entries.isError ? apiFieldErrors(entries.error) : {};

  return (
    <>
      <PageTitle title={t('audit.title')} />
      <p className="lead">{t('audit.intro')}</p>
      <AuditFiltersForm
        key={params.toString()}
        values={values}
        actions={actions.data ?? []}
        entityTypes={entityTypes.data ?? []}
        errors={filterErrors}
        onChange={(next) => update(next)}
      />
      {actorId ? (
        <p className="row-actions">
          <span>
            {actorName
              ? `${t('audit.filters.actor')}: ${actorName}.`
              : t('audit.filters.onlyActor')}
          </span>
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => update(values, 1, { id: '', name: '' })}
          >
            {t('audit.filters.removeActor')}
          </button>
        </p>
      ) : null}

      <section aria-labelledby="audit-download" className="panel">
        <h2 id="audit-download">{t('audit.download.title')}</h2>
        <p>{t('audit.download.intro')}</p>
        <button
          type="button"
          className="button button--secondary"
          disabled={exportFile.isPending || Object.keys(filterErrors).length > 0}
          onClick={download}
        >
          {t('audit.download.button')}
        </button>
        <div aria-live="polite">
          {downloaded ? <Alert kind="success">{t('audit.download.done')}</Alert> : null}
          {exportFile.isError ? (
            <Alert kind="error">{errorMessage(exportFile.error, t)}</Alert>
          ) : null}
        </div>
      </section>

      {entries.data && !entries.isError ? (
        <>
          <AuditTable
            key={`${params.toString()}`}
            entries={entries.data.items}
            total={entries.data.total}
            onFocus={focus}
          />
          <Pagination
            page={entries.data.page}
            pageSize={entries.data.pageSize}
            total={entries.data.total}
            onChange={(next) => update(values, next)}
          />
        </>
      ) : entries.isError ? (
        Object.keys(filterErrors).length > 0 ? (
          <Alert kind="error">{errorMessage(entries.error, t)}</Alert>
        ) : (
          <LoadError error={entries.error} onRetry={() => void entries.refetch()} />
        )
      ) : (
        <Loading />
      )}
    </>
  );
};
