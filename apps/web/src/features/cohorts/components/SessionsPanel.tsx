import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, FormErrorAlert } from '../../../shared/Alert';
import { DataTable } from '../../../shared/DataTable';
import { errorMessage } from '../../../shared/errors';
import type { CohortConflictDto, CohortDto, CohortSessionDto } from '../api/types';
import { useAddSession } from '../hooks/useAddSession';
import { useAddSessionSeries } from '../hooks/useAddSessionSeries';
import { useDeleteSession } from '../hooks/useDeleteSession';
import { useUpdateSession } from '../hooks/useUpdateSession';
import { ConflictWarnings } from './ConflictList';
import { sessionDate, sessionTimes } from './cohortFormat';
import { SessionForm } from './SessionForm';
import { SessionSeriesForm } from './SessionSeriesForm';

interface Props {
  cohort: CohortDto;
  canEdit: boolean;
}

/** The cohort's dated sessions: the list for everyone who sees the cohort, writes for coordinators. */
export const SessionsPanel = ({ cohort, canEdit }: Props) => {
  const { t } = useTranslation();
  const add = useAddSession();
  const addSeries = useAddSessionSeries();
  const update = useUpdateSession();
  const remove = useDeleteSession();
  const [editing, setEditing] = useState<CohortSessionDto | null>(null);
  const [confirming, setConfirming] = useState<CohortSessionDto | null>(null);
  const [result, setResult] = useState<{ message: string; warnings: CohortConflictDto[] } | null>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const editHeading = useRef<HTMLHeadingElement>(null);
  const writable = canEdit && cohort.status !== 'cancelled';

  useEffect(() => confirmButton.current?.focus(), [confirming?.id]);
  useEffect(() => editHeading.current?.focus(), [editing?.id]);

  const named = (session: CohortSessionDto) => ({ title: session.title, date: sessionDate(session) });
  const confirmDelete = (session: CohortSessionDto) =>
    remove.mutate(session.id, {
      onSuccess: () => {
        setConfirming(null);
        if (editing?.id === session.id) setEditing(null);
        setResult({ message: t('cohorts.sessions.deleted'), warnings: [] });
      },
    });

  return (
    <>
      <div aria-live="polite">
        {result ? (
          result.warnings.length > 0 ? (
            <ConflictWarnings intro={`${result.message} ${t('cohorts.conflicts.savedWithWarnings')}`} conflicts={result.warnings} linkOthers={canEdit} />
          ) : (
            <Alert kind="success">{result.message}</Alert>
          )
        ) : null}
      </div>
      <DataTable
        caption={t('cohorts.sessions.caption', { label: cohort.label, count: cohort.sessions.length })}
        columns={[
          t('cohorts.sessions.columns.date'),
          t('cohorts.sessions.columns.time'),
          t('cohorts.sessions.columns.title'),
          t('cohorts.sessions.columns.venue'),
          writable && t('cohorts.sessions.columns.actions'),
        ]}
        isEmpty={cohort.sessions.length === 0}
        emptyText={t('cohorts.sessions.empty')}
      >
        {cohort.sessions.map((session) => (
          <tr key={session.id}>
            <td>{sessionDate(session)}</td>
            <td>{sessionTimes(session, t)}</td>
            <th scope="row">{session.title}</th>
            <td>{session.effectiveVenue ?? t('common.none')}</td>
            {writable ? (
              <td>
                <div className="row-actions">
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    aria-label={t('cohorts.sessions.editNamed', named(session))}
                    onClick={() => {
                      setConfirming(null);
                      setResult(null);
                      setEditing(session);
                    }}
                  >
                    {t('common.edit')}
                  </button>
                  <button
                    type="button"
                    className="button button--danger button--small"
                    aria-label={t('cohorts.sessions.deleteNamed', named(session))}
                    onClick={() => {
                      setResult(null);
                      remove.reset();
                      setConfirming(session);
                    }}
                  >
                    {t('common.delete')}
                  </button>
                </div>
              </td>
            ) : null}
          </tr>
        ))}
      </DataTable>

      {writable && confirming ? (
        <div className="confirm" role="group" aria-labelledby="confirm-session-delete">
          <p id="confirm-session-delete">{t('cohorts.sessions.confirmDelete', named(confirming))}</p>
          <FormErrorAlert message={remove.isError ? errorMessage(remove.error, t) : null} />
          <div className="form-actions">
            <button type="button" className="button button--danger" disabled={remove.isPending} onClick={() => confirmDelete(confirming)} ref={confirmButton}>
              {t('cohorts.sessions.confirm')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setConfirming(null)}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      ) : null}

      {writable && editing ? (
        <section aria-labelledby="session-edit" className="panel">
          <h3 id="session-edit" tabIndex={-1} ref={editHeading}>
            {t('cohorts.sessions.editTitle', { title: editing.title })}
          </h3>
          <SessionForm
            key={editing.id}
            cohort={cohort}
            session={editing}
            submitLabel={t('cohorts.sessions.form.save')}
            onCancel={() => setEditing(null)}
            onSubmit={async (changes) => {
              const saved = await update.mutateAsync({ id: editing.id, changes });
              setEditing(null);
              setResult({ message: t('cohorts.sessions.saved'), warnings: saved.warnings });
            }}
          />
        </section>
      ) : null}

      {writable && !editing ? (
        <div className="columns">
          <section aria-labelledby="session-new" className="panel">
            <h3 id="session-new">{t('cohorts.sessions.newTitle')}</h3>
            <SessionForm
              cohort={cohort}
              submitLabel={t('cohorts.sessions.form.add')}
              onSubmit={async (session) => {
                setResult(null);
                const saved = await add.mutateAsync({ cohortId: cohort.id, session });
                setResult({ message: t('cohorts.sessions.added'), warnings: saved.warnings });
              }}
            />
          </section>
          <section aria-labelledby="session-series" className="panel">
            <h3 id="session-series">{t('cohorts.series.title')}</h3>
            <SessionSeriesForm
              cohort={cohort}
              onSubmit={async (series) => {
                setResult(null);
                const saved = await addSeries.mutateAsync({ cohortId: cohort.id, series });
                setResult({ message: t('cohorts.series.added', { count: saved.sessions.length }), warnings: saved.warnings });
              }}
            />
          </section>
        </div>
      ) : null}
    </>
  );
};
