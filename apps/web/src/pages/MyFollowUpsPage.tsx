import { useState } from 'react';
import type { FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { FollowUpPlacement } from '../features/internship-placement/api/types';
import { useMyFollowUps } from '../features/internship-placement/hooks/useMyFollowUps';
import { useRecordFollowUp } from '../features/internship-placement/hooks/useRecordFollowUp';
import { Alert } from '../shared/Alert';
import { apiFieldErrors, errorMessage } from '../shared/errors';
import { SelectField, TextAreaField, TextField } from '../shared/Field';
import { formatDate } from '../shared/format';
import { PageTitle } from '../shared/PageTitle';
import { LoadError, Loading } from '../shared/QueryStatus';

const STATUSES = ['not_started', 'in_progress', 'implemented'] as const;

const FollowUpForm = ({ placement }: { placement: FollowUpPlacement }) => {
  const { t } = useTranslation();
  const record = useRecordFollowUp();
  const [done, setDone] = useState(false);
  const errors = apiFieldErrors(record.error);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const url = String(data.get('evidenceUrl') ?? '').trim();
    setDone(false);
    record.mutate(
      { id: placement.placementId, body: { status: String(data.get('status')) as (typeof STATUSES)[number], evidence: String(data.get('evidence') ?? ''), ...(url ? { evidenceUrl: url } : {}) } },
      { onSuccess: () => setDone(true) },
    );
  };
  const headingId = `seguimiento-${placement.placementId}`;
  return (
    <section aria-labelledby={headingId} className="panel">
      <h2 id={headingId}>{t('internships.placement.followUp.of', { name: placement.internName, unit: placement.hostUnit })}</h2>
      <p className="muted">{placement.callTitle} · {placement.municipality ?? '—'}</p>
      <h3>{t('internships.placement.board.proposal')}</h3>
      <p>{placement.proposal}</p>
      <p>
        {t('internships.placement.board.latest')}: {t(`internships.placement.followUpStatus.${placement.latestStatus ?? 'none'}`)}
        {placement.latestAt ? ` (${formatDate(placement.latestAt.slice(0, 10))})` : ''}
      </p>
      <form onSubmit={submit} noValidate>
        <SelectField label={t('internships.placement.followUp.status')} name="status" required defaultValue={placement.latestStatus ?? 'not_started'} error={errors.status}>
          {STATUSES.map((s) => <option key={s} value={s}>{t(`internships.placement.followUpStatus.${s}`)}</option>)}
        </SelectField>
        <TextAreaField label={t('internships.placement.followUp.evidence')} name="evidence" rows={3} maxLength={4000} error={errors.evidence} />
        <TextField label={t('internships.placement.followUp.url')} hint={t('internships.placement.followUp.urlHint')} name="evidenceUrl" type="url" error={errors.evidenceUrl} />
        {record.isError && Object.keys(errors).length === 0 ? <Alert kind="error">{errorMessage(record.error, t)}</Alert> : null}
        {done ? <Alert kind="success">{t('internships.placement.followUp.saved')}</Alert> : null}
        <div className="row-actions">
          <button type="submit" className="button" disabled={record.isPending}>{t('internships.placement.followUp.save')}</button>
        </div>
      </form>
    </section>
  );
};

/** The intern or their municipality's liaison records whether the improvement proposal was implemented. */
export const MyFollowUpsPage = () => {
  const { t } = useTranslation();
  const query = useMyFollowUps();
  return (
    <>
      <p className="breadcrumb">
        <Link to="/pasantias">{t('internships.placement.back')}</Link>
      </p>
      <PageTitle title={t('internships.placement.followUp.title')} />
      {query.isPending ? <Loading /> : query.isError ? <LoadError error={query.error} onRetry={() => void query.refetch()} /> : query.data.length === 0 ? (
        <p>{t('internships.placement.followUp.empty')}</p>
      ) : (
        query.data.map((p) => <FollowUpForm key={p.placementId} placement={p} />)
      )}
    </>
  );
};
