import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgreementDto } from '../../../app/dto';
import { FormErrorAlert } from '../../../shared/Alert';
import { apiFieldErrors, errorMessage } from '../../../shared/errors';
import { TextAreaField, TextField } from '../../../shared/Field';
import { focusFirstError, formText, validateForm } from '../../../shared/validation';
import type { FieldErrors } from '../../../shared/validation';
import type { AgreementRequest } from '../api/municipalitiesApi';

const FIELDS = ['title', 'scope', 'signedOn', 'validFrom', 'validUntil'];

interface Props {
  agreement?: AgreementDto;
  submitLabel: string;
  onSubmit: (values: AgreementRequest) => Promise<unknown>;
  onCancel?: () => void;
}

export const AgreementForm = ({ agreement, submitLabel, onSubmit, onCancel }: Props) => {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const found = validateForm(form, t);
    const validFrom = formText(data, 'validFrom');
    const validUntil = formText(data, 'validUntil');
    if (!found.validUntil && validFrom && validUntil && validUntil < validFrom) found.validUntil = t('validation.dateOrder');
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setFailure(t('common.fixFields'));
      return focusFirstError(form, found);
    }
    setFailure(null);
    setPending(true);
    try {
      await onSubmit({
        title: formText(data, 'title') ?? '',
        scope: formText(data, 'scope'),
        signedOn: formText(data, 'signedOn') ?? '',
        validFrom: validFrom ?? '',
        validUntil,
      });
      if (!agreement) form.reset();
    } catch (error) {
      const fields = apiFieldErrors(error);
      setErrors(fields);
      setFailure(errorMessage(error, t));
      focusFirstError(form, fields);
    } finally {
      setPending(false);
    }
  };

  const extra = Object.entries(errors)
    .filter(([field]) => !FIELDS.includes(field))
    .map(([field, message]) => t('common.fieldError', { field, message }));

  return (
    <form className="form" noValidate onSubmit={(event) => void handleSubmit(event)}>
      <FormErrorAlert message={failure} extra={extra} />
      <TextField
        label={t('agreements.form.title')}
        name="title"
        required
        maxLength={200}
        defaultValue={agreement?.title}
        error={errors.title}
      />
      <TextAreaField
        label={t('agreements.form.scope')}
        name="scope"
        maxLength={2000}
        defaultValue={agreement?.scope ?? ''}
        error={errors.scope}
      />
      <div className="grid-3">
        <TextField
          label={t('agreements.form.signedOn')}
          name="signedOn"
          type="date"
          required
          defaultValue={agreement?.signedOn}
          error={errors.signedOn}
        />
        <TextField
          label={t('agreements.form.validFrom')}
          name="validFrom"
          type="date"
          required
          defaultValue={agreement?.validFrom}
          error={errors.validFrom}
        />
        <TextField
          label={t('agreements.form.validUntil')}
          name="validUntil"
          type="date"
          hint={t('agreements.form.validUntilHint')}
          defaultValue={agreement?.validUntil ?? ''}
          error={errors.validUntil}
        />
      </div>
      <div className="form-actions">
        <button type="submit" className="button" disabled={pending}>
          {pending ? t('common.saving') : submitLabel}
        </button>
        {onCancel ? (
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
};
