import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ENROLMENT_REASON_MAX } from '@campus/domain';
import { Alert } from '../../../shared/Alert';
import { TextAreaField } from '../../../shared/Field';
import { useApiForm } from '../../../shared/useApiForm';

interface ReasonFormProps {
  title: string;
  confirmLabel: string;
  onSubmit: (reason: string) => Promise<unknown>;
  onCancel: () => void;
}

/** Asks why (a rejection, a withdrawal by the coordination) before doing it. */
export const ReasonForm = ({ title, confirmLabel, onSubmit, onCancel }: ReasonFormProps) => {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const form = useApiForm({ submit: (data) => onSubmit(String(data.get('reason') ?? '').trim()), fields: ['reason'] });
  return (
    <section className="panel reason-form" aria-labelledby="reason-form-title">
      <h2 id="reason-form-title" tabIndex={-1} ref={heading}>
        {title}
      </h2>
      <form noValidate onSubmit={form.onSubmit} className="stack">
        {form.failure ? <Alert kind="error">{form.failure}</Alert> : null}
        <TextAreaField
          label={t('enrolments.queue.reason')}
          hint={t('enrolments.queue.reasonHint')}
          name="reason"
          required
          maxLength={ENROLMENT_REASON_MAX}
          rows={3}
          error={form.errors.reason}
        />
        <p className="button-row">
          <button type="submit" className="button button--danger" disabled={form.pending}>
            {confirmLabel}
          </button>
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('enrolments.queue.cancel')}
          </button>
        </p>
      </form>
    </section>
  );
};
