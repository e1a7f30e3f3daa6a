import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../shared/Alert';
import { DataTable } from '../../../shared/DataTable';
import { errorMessage } from '../../../shared/errors';
import { formatNumber } from '../../../shared/format';
import type { SelectionDto } from '../api/types';
import { useConfirmPlacements } from '../hooks/useConfirmPlacements';
import { useProposeAssignment } from '../hooks/useProposeAssignment';

/** applicationId → host unit id, or '' for "no place". */
type Draft = Record<string, string>;

/**
 * "Proponer asignación" runs the proposal on the server; the coordinator can move anyone to another
 * unit (or leave them out) and then "Confirmar asignación". The server re-checks the places.
 */
export const ProposalPanel = ({ callId, selection }: { callId: string; selection: SelectionDto }) => {
  const { t } = useTranslation();
  const propose = useProposeAssignment(callId);
  const confirm = useConfirmPlacements(callId);
  const [draft, setDraft] = useState<{ order: string[]; choice: Draft; original: Draft } | null>(null);
  const names = new Map(selection.applications.map((a) => [a.id, a]));

  const run = () =>
    propose.mutate(undefined, {
      onSuccess: (proposal) => {
        confirm.reset();
        const choice: Draft = Object.fromEntries(proposal.order.map((id) => [id, '']));
        for (const a of proposal.assignments) choice[a.applicationId] = a.hostUnitId;
        setDraft({ order: proposal.order, choice, original: { ...choice } });
      },
    });

  const used = new Map<string, number>();
  for (const unitId of Object.values(draft?.choice ?? {})) if (unitId) used.set(unitId, (used.get(unitId) ?? 0) + 1);
  const over = selection.units.filter((u) => (used.get(u.id) ?? 0) > u.remaining);

  const submit = () => {
    if (!draft) return;
    const assignments = draft.order.filter((id) => draft.choice[id]).map((id) => ({ applicationId: id, hostUnitId: draft.choice[id] }));
    const notPlaced = draft.order.filter((id) => !draft.choice[id]);
    confirm.mutate({ assignments, notPlaced }, { onSuccess: () => setDraft(null) });
  };

  return (
    <section aria-labelledby="selection-proposal" className="panel">
      <h2 id="selection-proposal">{t('internships.placement.proposal.title')}</h2>
      <p>{t('internships.placement.proposal.intro')}</p>
      <div className="row-actions">
        <button type="button" className="button" onClick={run} disabled={propose.isPending}>
          {t('internships.placement.proposal.run')}
        </button>
      </div>
      {propose.isError ? <Alert kind="error">{errorMessage(propose.error, t)}</Alert> : null}
      {confirm.isSuccess ? (
        <Alert kind="success">
          {t('internships.placement.proposal.confirmed', { placed: formatNumber(confirm.data.placed), notPlaced: formatNumber(confirm.data.notPlaced) })}
        </Alert>
      ) : null}
      {draft ? (
        draft.order.length === 0 ? (
          <p>{t('internships.placement.proposal.nobody')}</p>
        ) : (
          <>
            <DataTable
              caption={t('internships.placement.proposal.caption')}
              columns={[t('internships.placement.columns.turn'), t('internships.placement.columns.applicant'), t('internships.placement.columns.preferences'), t('internships.placement.columns.unit')]}
            >
              {draft.order.map((id, index) => {
                const application = names.get(id);
                const name = application?.applicantName ?? id;
                const preferred = new Set(application?.preferences.map((p) => p.hostUnitId) ?? []);
                const changed = draft.choice[id] !== draft.original[id];
                return (
                  <tr key={id}>
                    <td>{formatNumber(index + 1)}</td>
                    <td>{name}</td>
                    <td>
                      <ol>
                        {application?.preferences.map((p) => <li key={p.rank}>{p.hostUnitName}</li>)}
                      </ol>
                    </td>
                    <td>
                      <label className="visually-hidden" htmlFor={`unidad-${id}`}>
                        {t('internships.placement.proposal.unitFor', { name })}
                      </label>
                      <select
                        id={`unidad-${id}`}
                        value={draft.choice[id]}
                        onChange={(event) => {
                          const value = event.currentTarget.value;
                          setDraft((current) => (current ? { ...current, choice: { ...current.choice, [id]: value } } : current));
                        }}
                      >
                        <option value="">{t('internships.placement.proposal.noPlace')}</option>
                        {selection.units.map((u) => (
                          <option key={u.id} value={u.id}>
                            {preferred.has(u.id)
                              ? t('internships.placement.proposal.preferredUnit', { name: u.name, remaining: u.remaining })
                              : t('internships.placement.proposal.otherUnit', { name: u.name, remaining: u.remaining })}
                          </option>
                        ))}
                      </select>
                      {changed ? <span className="muted"> {t('internships.placement.proposal.adjusted')}</span> : null}
                    </td>
                  </tr>
                );
              })}
            </DataTable>
            {over.length > 0 ? (
              <Alert kind="error">
                {t('internships.placement.proposal.over', { units: over.map((u) => `«${u.name}» (${u.remaining})`).join(', ') })}
              </Alert>
            ) : null}
            {confirm.isError ? <Alert kind="error">{errorMessage(confirm.error, t)}</Alert> : null}
            <div className="row-actions">
              <button type="button" className="button" onClick={submit} disabled={confirm.isPending || over.length > 0}>
                {t('internships.placement.proposal.confirm')}
              </button>
              <button type="button" className="button button--secondary" onClick={() => setDraft(null)}>
                {t('internships.placement.proposal.discard')}
              </button>
            </div>
          </>
        )
      ) : null}
    </section>
  );
};
