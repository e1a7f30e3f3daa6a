import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DEPARTMENT_NAMES, DEPARTMENTS, MUNICIPALITY_KINDS } from '@campus/domain';
import type { Department, MunicipalityKind } from '@campus/domain';
import type { MunicipalityDto } from '../../../app/dto';
import { FormErrorAlert } from '../../../shared/Alert';
import { apiFieldErrors, errorMessage } from '../../../shared/errors';
import { CheckboxField, SelectField, TextField } from '../../../shared/Field';
import { focusFirstError, formText, validateForm } from '../../../shared/validation';
import type { FieldErrors } from '../../../shared/validation';
import type { MunicipalityRequest } from '../api/municipalitiesApi';

const FIELDS = ['code', 'name', 'department', 'kind', 'country', 'isPartner'];

interface Props {
  municipality?: MunicipalityDto;
  submitLabel: string;
  onSubmit: (values: MunicipalityRequest) => Promise<unknown>;
}

export const MunicipalityForm = ({ municipality, submitLabel, onSubmit }: Props) => {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const found = validateForm(form, t);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setFailure(t('common.fixFields'));
      return focusFirstError(form, found);
    }
    const data = new FormData(form);
    setFailure(null);
    setPending(true);
    try {
      await onSubmit({
        code: formText(data, 'code') ?? '',
        name: formText(data, 'name') ?? '',
        department: formText(data, 'department') as Department | null,
        kind: String(data.get('kind')) as MunicipalityKind,
        country: (formText(data, 'country') ?? 'BO').toUpperCase(),
        isPartner: data.get('isPartner') === 'on',
      });
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
      <p className="muted">{t('common.requiredNote')}</p>
      <div className="grid-2">
        <TextField
          label={t('municipalities.form.code')}
          name="code"
          required
          maxLength={20}
          hint={t('municipalities.form.codeHint')}
          defaultValue={municipality?.code}
          error={errors.code}
        />
        <TextField
          label={t('municipalities.form.name')}
          name="name"
          required
          maxLength={150}
          defaultValue={municipality?.name}
          error={errors.name}
        />
        <SelectField
          label={t('municipalities.form.department')}
          name="department"
          defaultValue={municipality?.department ?? ''}
          error={errors.department}
        >
          <option value="">{t('municipalities.form.noDepartment')}</option>
          {DEPARTMENTS.map((code) => (
            <option key={code} value={code}>
              {DEPARTMENT_NAMES[code]}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('municipalities.form.kind')}
          name="kind"
          required
          defaultValue={municipality?.kind ?? 'urban'}
          error={errors.kind}
        >
          {MUNICIPALITY_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`kinds.${kind}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t('municipalities.form.country')}
          name="country"
          required
          minLength={2}
          maxLength={2}
          pattern="[A-Za-z]{2}"
          data-pattern-message={t('validation.country')}
          autoCapitalize="characters"
          hint={t('municipalities.form.countryHint')}
          defaultValue={municipality?.country ?? 'BO'}
          error={errors.country}
        />
      </div>
      <CheckboxField
        label={t('municipalities.form.isPartner')}
        name="isPartner"
        defaultChecked={municipality?.isPartner ?? true}
        error={errors.isPartner}
      />
      <div className="form-actions">
        <button type="submit" className="button" disabled={pending}>
          {pending ? t('common.saving') : submitLabel}
        </button>
      </div>
    </form>
  );
};
