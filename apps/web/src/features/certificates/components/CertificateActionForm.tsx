import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorAlert } from '../../../shared/Alert';
import { TextAreaField } from '../../../shared/Field';
import { useApiForm } from '../../../shared/useApiForm';
import { useReissueCertificate } from '../hooks/useReissueCertificate';
import { useRevokeCertificate } from '../hooks/useRevokeCertificate';

/** The certificate an action is about: any certificate (course or internship) by its id and serial. */
export interface CertificateActionTarget {
  id: string;
  serial: string;
}

export type CertificateAction = { kind: 'revoke' | 'reissue'; certificate: CertificateActionTarget };

/** The coordination's "Reemitir" and "Revocar" buttons of one valid certificate (the serial completes their accessible names). */
export const CertificateActionButtons = ({
  certificate,
  onChoose,
}: {
  certificate: CertificateActionTarget;
  onChoose: (action: CertificateAction) => void;
}) => {
  const { t } = useTranslation();
  return (
    <>
      <button type="button" className="button button--secondary button--small" onClick={() => onChoose({ kind: 'reissue', certificate })}>
        {t('certificates.cohort.reissue')}
        <span className="visually-hidden"> {certificate.serial}</span>
      </button>
      <button type="button" className="button button--danger button--small" onClick={() => onChoose({ kind: 'revoke', certificate })}>
        {t('certificates.cohort.revoke')}
        <span className="visually-hidden"> {certificate.serial}</span>
      </button>
    </>
  );
};

/**
 * Revoke (a reason, shown publicly) or reissue (what was corrected) one certificate, course or
 * internship alike. `onDone` receives the message to announce (with the new serial on a reissue).
 */
export const CertificateActionForm = ({
  action,
  onDone,
  onCancel,
}: {
  action: CertificateAction;
  onDone: (message: string) => void;
  onCancel: () => void;
}) => {
  const { t } = useTranslation();
  const revoke = useRevokeCertificate();
  const reissue = useReissueCertificate();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [action]);
  const isRevoke = action.kind === 'revoke';
  const field = isRevoke ? 'reason' : 'note';
  const form = useApiForm({
    fields: [field],
    submit: async (data) => {
      const text = String(data.get(field) ?? '').trim();
      if (isRevoke) {
        await revoke.mutateAsync({ id: action.certificate.id, reason: text });
        onDone(t('certificates.cohort.revoked', { serial: action.certificate.serial }));
      } else {
        const created = await reissue.mutateAsync({ id: action.certificate.id, note: text });
        onDone(t('certificates.cohort.reissued', { serial: created.serial }));
      }
    },
  });
  const serial = action.certificate.serial;
  return (
    <section aria-labelledby="certificate-action" className="panel">
      <h3 id="certificate-action" ref={heading} tabIndex={-1}>
        {t(isRevoke ? 'certificates.cohort.revokeTitle' : 'certificates.cohort.reissueTitle', { serial })}
      </h3>
      <p>{t(isRevoke ? 'certificates.cohort.revokeIntro' : 'certificates.cohort.reissueIntro')}</p>
      <form noValidate onSubmit={form.onSubmit} className="stack">
        <FormErrorAlert message={form.failure} extra={form.extra} />
        <TextAreaField
          name={field}
          label={t(isRevoke ? 'certificates.cohort.reason' : 'certificates.cohort.note')}
          hint={t(isRevoke ? 'certificates.cohort.reasonHint' : 'certificates.cohort.noteHint')}
          required
          maxLength={500}
          rows={3}
          error={form.errors[field]}
        />
        <div className="form-actions">
          <button type="submit" className={isRevoke ? 'button button--danger' : 'button'} disabled={form.pending}>
            {t(isRevoke ? 'certificates.cohort.confirmRevoke' : 'certificates.cohort.confirmReissue')}
          </button>
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('certificates.cohort.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
};
