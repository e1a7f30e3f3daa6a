import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../shared/Alert';
import { DataTable } from '../../../shared/DataTable';
import { errorMessage } from '../../../shared/errors';
import { formatDate } from '../../../shared/format';
import type { EnrolmentDto } from '../api/types';
import { useApproveEnrolment } from '../hooks/useApproveEnrolment';
import { useEndorseEnrolment } from '../hooks/useEndorseEnrolment';
import { useRejectEnrolment } from '../hooks/useRejectEnrolment';
import { useWithdrawEnrolment } from '../hooks/useWithdrawEnrolment';
import { ReasonForm } from './ReasonForm';

interface EnrolmentQueueProps {
  items: EnrolmentDto[];
  total: number;
  /** A liaison says "No avalar" where a coordinator says "Rechazar". */
  asLiaison: boolean;
}

type Asking = { kind: 'reject' | 'withdraw'; enrolment: EnrolmentDto } | null;

/** The queue: each request with the buttons its state and the viewer allow; several approved at once. */
export const EnrolmentQueue = ({ items, total, asLiaison }: EnrolmentQueueProps) => {
  const { t } = useTranslation();
  const endorse = useEndorseEnrolment();
  const approve = useApproveEnrolment();
  const reject = useRejectEnrolment();
  const withdraw = useWithdrawEnrolment();
  const [asking, setAsking] = useState<Asking>(null);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const approvable = items.filter((e) => e.actions.includes('approve'));
  const chosen = approvable.filter((e) => selected.has(e.id));

  const run = async (work: () => Promise<string>) => {
    try {
      setMessage({ kind: 'success', text: await work() });
    } catch (error) {
      setMessage({ kind: 'error', text: errorMessage(error, t) });
    }
  };
  const statusOf = (e: EnrolmentDto) =>
    [
      t(`enrolments.status.${e.status}`),
      e.waitlistPosition ? t('enrolments.queue.waitlistPosition', { position: e.waitlistPosition }) : null,
      e.awaiting === 'endorsement' ? t('enrolments.queue.awaitingEndorsement') : e.awaiting === 'approval' ? t('enrolments.queue.awaitingApproval') : null,
    ]
      .filter(Boolean)
      .join(' · ');
  const forPerson = (e: EnrolmentDto) => <span className="visually-hidden"> {t('enrolments.queue.forPerson', { name: e.person.fullName })}</span>;

  return (
    <div className="stack">
      <div aria-live="polite">{message ? <Alert kind={message.kind}>{message.text}</Alert> : null}</div>
      {asking ? (
        <ReasonForm
          key={`${asking.kind}-${asking.enrolment.id}`}
          title={t(`enrolments.queue.reasonTitle.${asking.kind}`, { name: asking.enrolment.person.fullName })}
          confirmLabel={asking.kind === 'reject' ? t('enrolments.queue.confirmReject') : t('enrolments.queue.confirmWithdraw')}
          onCancel={() => setAsking(null)}
          onSubmit={async (reason) => {
            const { enrolment, kind } = asking;
            if (kind === 'reject') await reject.mutateAsync({ id: enrolment.id, reason });
            else await withdraw.mutateAsync({ id: enrolment.id, reason });
            setAsking(null);
            setMessage({ kind: 'success', text: t(`enrolments.queue.done.${kind}`, { name: enrolment.person.fullName }) });
          }}
        />
      ) : null}
      {approvable.length > 0 ? (
        <p>
          <button
            type="button"
            className="button"
            disabled={chosen.length === 0 || approve.isPending}
            onClick={() =>
              void run(async () => {
                for (const e of chosen) await approve.mutateAsync(e.id);
                setSelected(new Set());
                return t('enrolments.queue.approvedSelected', { count: chosen.length });
              })
            }
          >
            {t('enrolments.queue.approveSelected', { count: chosen.length })}
          </button>
        </p>
      ) : null}
      <DataTable
        caption={t('enrolments.queue.caption', { count: total })}
        columns={[
          approvable.length > 0 ? t('enrolments.queue.columns.select') : null,
          t('enrolments.queue.columns.person'),
          t('enrolments.queue.columns.municipality'),
          t('enrolments.queue.columns.course'),
          t('enrolments.queue.columns.status'),
          t('enrolments.queue.columns.requested'),
          t('enrolments.queue.columns.actions'),
        ]}
        isEmpty={items.length === 0}
        emptyText={t('enrolments.queue.empty')}
      >
        {items.map((e) => (
          <tr key={e.id}>
            {approvable.length > 0 ? (
              <td>
                {e.actions.includes('approve') ? (
                  <input
                    type="checkbox"
                    aria-label={t('enrolments.queue.selectPerson', { name: e.person.fullName })}
                    checked={selected.has(e.id)}
                    onChange={(event) => {
                      const next = new Set(selected);
                      if (event.currentTarget.checked) next.add(e.id);
                      else next.delete(e.id);
                      setSelected(next);
                    }}
                  />
                ) : null}
              </td>
            ) : null}
            <td>
              <strong>{e.person.fullName}</strong>
              <br />
              <span className="muted">
                {e.person.email} · CI {e.person.nationalId}
              </span>
            </td>
            <td>{e.person.municipalityName ?? '—'}</td>
            <td>
              {e.course.title}
              <br />
              <span className="muted">
                {e.course.code} · {e.cohort.label}
              </span>
            </td>
            <td>
              {statusOf(e)}
              {e.reason ? (
                <>
                  <br />
                  <span className="muted">{e.reason}</span>
                </>
              ) : null}
            </td>
            <td>{formatDate(e.requestedAt.slice(0, 10))}</td>
            <td>
              <div className="button-row">
                {e.actions.includes('endorse') ? (
                  <button
                    type="button"
                    className="button button--small"
                    disabled={endorse.isPending}
                    onClick={() =>
                      void run(async () => {
                        await endorse.mutateAsync(e.id);
                        return t('enrolments.queue.done.endorse', { name: e.person.fullName });
                      })
                    }
                  >
                    {t('enrolments.queue.endorse')}
                    {forPerson(e)}
                  </button>
                ) : null}
                {e.actions.includes('approve') ? (
                  <button
                    type="button"
                    className="button button--small"
                    disabled={approve.isPending}
                    onClick={() =>
                      void run(async () => {
                        const result = await approve.mutateAsync(e.id);
                        return t('enrolments.queue.done.approve', { name: e.person.fullName, status: t(`enrolments.status.${result.status}`) });
                      })
                    }
                  >
                    {t('enrolments.queue.approve')}
                    {forPerson(e)}
                  </button>
                ) : null}
                {e.actions.includes('reject') ? (
                  <button type="button" className="button button--secondary button--small" onClick={() => setAsking({ kind: 'reject', enrolment: e })}>
                    {asLiaison ? t('enrolments.queue.notEndorse') : t('enrolments.queue.reject')}
                    {forPerson(e)}
                  </button>
                ) : null}
                {e.actions.includes('withdraw') ? (
                  <button type="button" className="button button--secondary button--small" onClick={() => setAsking({ kind: 'withdraw', enrolment: e })}>
                    {t('enrolments.queue.withdraw')}
                    {forPerson(e)}
                  </button>
                ) : null}
              </div>
            </td>
          </tr>
        ))}
      </DataTable>
    </div>
  );
};
