import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorAlert } from '../../../shared/Alert';
import { DataTable } from '../../../shared/DataTable';
import { TextAreaField } from '../../../shared/Field';
import { FormActions } from '../../../shared/FormActions';
import { formatDateTime } from '../../../shared/format';
import { errorMessage } from '../../../shared/errors';
import { saveFile } from '../../../shared/download';
import { LoadError, Loading } from '../../../shared/QueryStatus';
import { useApiForm } from '../../../shared/useApiForm';
import { callsApi } from '../api/callsApi';
import type { InternshipApplicationDto } from '../api/callsApi';
import { useApplications, useInternshipMutation } from '../hooks';

/** Municipal liaisons: their municipality's applications, with "Avalar" and "No avalar" (with the reason). */
export const EndorsementQueue = () => {
  const { t } = useTranslation();
  const applications = useApplications({});
  const endorse = useInternshipMutation(callsApi.endorse);
  const [declining, setDeclining] = useState<InternshipApplicationDto | null>(null);
  if (applications.isPending) return <Loading />;
  if (applications.isError)
    return <LoadError error={applications.error} onRetry={() => void applications.refetch()} />;
  const rows = applications.data.filter((a) => a.status !== 'withdrawn');
  return (
    <section aria-labelledby="endorsement-heading">
      <h2 id="endorsement-heading">{t('internships.calls.endorsementHeading')}</h2>
      {endorse.error ? <FormErrorAlert message={errorMessage(endorse.error, t)} /> : null}
      <DataTable
        caption={t('internships.calls.endorsementCaption')}
        columns={[
          t('internships.calls.person'),
          t('internships.calls.title'),
          t('internships.calls.submittedAt'),
          t('internships.calls.preferences'),
          t('internships.calls.endorsement'),
          t('internships.calls.actions'),
        ]}
        isEmpty={rows.length === 0}
        emptyText={t('internships.calls.noApplications')}
      >
        {rows.map((a) => (
          <tr key={a.id}>
            <td>{a.applicant.name}</td>
            <td>{a.callTitle}</td>
            <td>{formatDateTime(a.submittedAt)}</td>
            <td>{a.preferences.map((p) => `${p.rank}. ${p.hostUnitName}`).join('; ')}</td>
            <td>
              {t(`internships.calls.endorsementStatus.${a.endorsement}`)}
              {a.letterFileName ? (
                <>
                  {' '}
                  <button
                    type="button"
                    onClick={() =>
                      void callsApi
                        .downloadLetter(a.id)
                        .then((b) => saveFile(b, a.letterFileName ?? 'carta.pdf'))
                    }
                  >
                    {t('internships.calls.downloadLetter')}
                  </button>
                </>
              ) : null}
            </td>
            <td>
              {a.status === 'submitted' && a.endorsement === 'pending' ? (
                <>
                  <button
                    type="button"
                    disabled={endorse.isPending}
                    onClick={() => endorse.mutate(a.id)}
                    aria-label={t('internships.calls.endorseNamed', { name: a.applicant.name })}
                  >
                    {t('internships.calls.endorse')}
                  </button>{' '}
                  <button
                    type="button"
                    onClick={() => setDeclining(a)}
                    aria-label={t('internships.calls.declineNamed', { name: a.applicant.name })}
                  >
                    {t('internships.calls.decline')}
                  </button>
                </>
              ) : null}
            </td>
          </tr>
        ))}
      </DataTable>
      {declining ? <DeclineForm application={declining} onDone={() => setDeclining(null)} /> : null}
    </section>
  );
};

const DeclineForm = ({
  application,
  onDone,
}: {
  application: InternshipApplicationDto;
  onDone: () => void;
}) => {
  const { t } = useTranslation();
  const decline = useInternshipMutation(({ id, reason }: { id: string; reason: string }) =>
    callsApi.decline(id, reason),
  );
  const form = useApiForm({
    submit: async (data) => {
      await decline.mutateAsync({ id: application.id, reason: String(data.get('reason') ?? '') });
      onDone();
    },
  });
  return (
    <form noValidate onSubmit={form.onSubmit} aria-labelledby="decline-heading">
      <h3 id="decline-heading">
        {t('internships.calls.declineHeading', { name: application.applicant.name })}
      </h3>
      <FormErrorAlert message={form.failure} extra={form.extra} />
      <TextAreaField
        label={t('internships.calls.reason')}
        name="reason"
        required
        maxLength={2000}
        error={form.errors.reason}
      />
      <FormActions
        pending={form.pending}
        submitLabel={t('internships.calls.confirmDecline')}
        onCancel={onDone}
      />
    </form>
  );
};
