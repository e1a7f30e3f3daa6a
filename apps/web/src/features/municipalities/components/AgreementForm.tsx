import { useTranslation } from 'react-i18next';
import type { AgreementDto } from '../../../app/dto';
import { FormErrorAlert } from '../../../shared/Alert';
import { TextAreaField, TextField } from '../../../shared/Field';
import { useApiForm } from '../../../shared/useApiForm';
import { formText } from '../../../shared/validation';
import type { FieldErrors } from '../../../shared/validation';
import type { AgreementRequest } from '../api/municipalitiesApi';
import { FormActions } from '../../../shared/FormActions';

const FIELDS = ['title', 'scope', 'signedOn', 'validFrom', 'validUntil'];

interface Props {
  agreement?: AgreementDto;
  submitLabel: string;
  onSubmit: (values: AgreementRequest) => Promise<unknown>;
  onCancel?: () => void;
}

export const AgreementForm = ({ agreement, submitLabel, onSubmit, onCancel }: Props) => {
  const { t } = useTranslation();
  const { errors, failure, extra, pending, onSubmit: handleSubmit } = useApiForm({
    fields: FIELDS,
    validate: (data): FieldErrors => {
      const validFrom = formText(data, 'validFrom');
      const validUntil = formText(data, 'validUntil');
      return validFrom && validUntil && validUntil < validFrom ? { validUntil: t('validation.dateOrder') } : {};
    },
    submit: async (data, form) => {
      await onSubmit({
        title: formText(data, 'title') ?? '',
        scope: formText(data, 'scope'),
        signedOn: formText(data, 'signedOn') ?? '',
        validFrom: formText(data, 'validFrom') ?? '',
        validUntil: formText(data, 'validUntil'),
      });
      if (!agreement) form.reset();
    },
  });

  return (
    <form className="form" noValidate onSubmit={handleSubmit}>
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
      <FormActions pending={pending} submitLabel={submitLabel} onCancel={onCancel} />
    </form>
  );
};
