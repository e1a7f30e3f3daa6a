import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isAgreementInForce } from '@campus/domain';
import type { AgreementDto, MunicipalityDto } from '../../../app/dto';
import { Alert, FormErrorAlert } from '../../../shared/Alert';
import { errorMessage } from '../../../shared/errors';
import { formatDate, todayInLaPaz } from '../../../shared/format';
import { LoadError, Loading } from '../../../shared/QueryStatus';
import { useAgreements } from '../hooks/useAgreements';
import { useCreateAgreement } from '../hooks/useCreateAgreement';
import { useDeleteAgreement } from '../hooks/useDeleteAgreement';
import { useUpdateAgreement } from '../hooks/useUpdateAgreement';
import { AgreementForm } from './AgreementForm';
import { DataTable } from '../../../shared/DataTable';

interface Props {
  municipality: MunicipalityDto;
  canEdit: boolean;
}

/** The municipality's agreements (convenios): list for all who may see it, writes for admins. */
export const AgreementsPanel = ({ municipality, canEdit }: Props) => {
  const { t } = useTranslation();
  const agreements = useAgreements(municipality.id);
  const create = useCreateAgreement();
  const update = useUpdateAgreement();
  const remove = useDeleteAgreement();
  const [editing, setEditing] = useState<AgreementDto | null>(null);
  const [confirming, setConfirming] = useState<AgreementDto | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const today = todayInLaPaz();
  const confirmButton = useRef<HTMLButtonElement>(null);
  const editHeading = useRef<HTMLHeadingElement>(null);

  // Keyboard and screen reader users land where the new step begins.
  useEffect(() => confirmButton.current?.focus(), [confirming?.id]);
  useEffect(() => editHeading.current?.focus(), [editing?.id]);

  const startEdit = (agreement: AgreementDto) => {
    setConfirming(null);
    setMessage(null);
    setEditing(agreement);
  };
  const confirmDelete = (agreement: AgreementDto) =>
    remove.mutate(agreement.id, {
      onSuccess: () => {
        setConfirming(null);
        if (editing?.id === agreement.id) setEditing(null);
        setMessage(t('agreements.deleted', { title: agreement.title }));
      },
    });

  const list = agreements.data ?? [];
  const sorted = [...list].sort((a, b) => b.validFrom.localeCompare(a.validFrom));

  return (
    <>
      <div aria-live="polite">{message ? <Alert kind="success">{message}</Alert> : null}</div>
      {agreements.isError ? (
        <LoadError error={agreements.error} onRetry={() => void agreements.refetch()} />
      ) : null}
      {agreements.isPending ? (
        <Loading />
      ) : (
        <DataTable
          caption={t('agreements.caption', { name: municipality.name })}
          columns={[
            t('agreements.columns.title'),
            t('agreements.columns.scope'),
            t('agreements.columns.signedOn'),
            t('agreements.columns.validFrom'),
            t('agreements.columns.validUntil'),
            t('agreements.columns.inForce'),
            canEdit && t('agreements.columns.actions'),
          ]}
          isEmpty={sorted.length === 0}
          emptyText={t('agreements.empty')}
        >
          {sorted.map((agreement) => {
            const inForce = isAgreementInForce(agreement, today);
            return (
              <tr key={agreement.id}>
                <th scope="row">{agreement.title}</th>
                <td>{agreement.scope ?? t('common.none')}</td>
                <td>{formatDate(agreement.signedOn)}</td>
                <td>{formatDate(agreement.validFrom)}</td>
                <td>
                  {agreement.validUntil
                    ? formatDate(agreement.validUntil)
                    : t('agreements.indefinite')}
                </td>
                <td>
                  <span className={inForce ? 'badge badge--ok' : 'badge badge--off'}>
                    {inForce ? t('agreements.inForce') : t('agreements.notInForce')}
                  </span>
                </td>
                {canEdit ? (
                  <td>
                    <div className="row-actions">
                      <button
                        type="button"
                        className="button button--secondary button--small"
                        aria-label={t('agreements.editNamed', { title: agreement.title })}
                        onClick={() => startEdit(agreement)}
                      >
                        {t('common.edit')}
                      </button>
                      <button
                        type="button"
                        className="button button--danger button--small"
                        aria-label={t('agreements.deleteNamed', { title: agreement.title })}
                        onClick={() => {
                          setMessage(null);
                          remove.reset();
                          setConfirming(agreement);
                        }}
                      >
                        {t('common.delete')}
                      </button>
                    </div>
                  </td>
                ) : null}
              </tr>
            );
          })}
        </DataTable>
      )}

      {canEdit && confirming ? (
        <div className="confirm" role="group" aria-labelledby="confirm-delete-text">
          <p id="confirm-delete-text">
            {t('agreements.confirmDelete', { title: confirming.title })}
          </p>
          <FormErrorAlert message={remove.isError ? errorMessage(remove.error, t) : null} />
          <div className="form-actions">
            <button
              type="button"
              className="button button--danger"
              disabled={remove.isPending}
              onClick={() => confirmDelete(confirming)}
              ref={confirmButton}
            >
              {t('agreements.confirm')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => setConfirming(null)}
            >
              {t('common.cancel')}
            </button>
          </div>
        </div>
      ) : null}

      {canEdit && editing ? (
        <section aria-labelledby="agreement-edit" className="panel">
          <h3 id="agreement-edit" tabIndex={-1} ref={editHeading}>
            {t('agreements.editTitle', { title: editing.title })}
          </h3>
          <AgreementForm
            key={editing.id}
            agreement={editing}
            submitLabel={t('agreements.form.save')}
            onCancel={() => setEditing(null)}
            onSubmit={async (changes) => {
              const saved = await update.mutateAsync({ id: editing.id, changes });
              setEditing(null);
              setMessage(t('agreements.saved', { title: saved.title }));
            }}
          />
        </section>
      ) : null}

      {canEdit && !editing ? (
        <section aria-labelledby="agreement-new" className="panel">
          <h3 id="agreement-new">{t('agreements.newTitle')}</h3>
          <AgreementForm
            submitLabel={t('agreements.form.create')}
            onSubmit={async (agreement) => {
              const created = await create.mutateAsync({
                municipalityId: municipality.id,
                agreement,
              });
              setMessage(t('agreements.created', { title: created.title }));
            }}
          />
        </section>
      ) : null}
    </>
  );
};
