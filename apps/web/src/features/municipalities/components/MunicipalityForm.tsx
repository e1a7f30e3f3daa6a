import { useTranslation } from 'react-i18next';
import { DEPARTMENT_NAMES, DEPARTMENTS, MUNICIPALITY_KINDS } from '@campus/domain';
import type { Department, MunicipalityKind } from '@campus/domain';
import type { MunicipalityDto } from '../../../app/dto';
import { FormErrorAlert } from '../../../shared/Alert';
import { CheckboxField, SelectField, TextField } from '../../../shared/Field';
import { useApiForm } from '../../../shared/useApiForm';
import { formText } from '../../../shared/validation';
import type { MunicipalityRequest } from '../api/municipalitiesApi';

const FIELDS = ['code', 'name', 'department', 'kind', 'country', 'isPartner'];

interface Props {
  municipality?: MunicipalityDto;
  submitLabel: string;
  onSubmit: (values: MunicipalityRequest) => Promise<unknown>;
}

export const MunicipalityForm = ({ municipality, submitLabel, onSubmit }: Props) => {
  const { t } = useTranslation();
  const {
    errors,
    failure,
    extra,
    pending,
    onSubmit: handleSubmit,
  } = useApiForm({
    fields: FIELDS,
    submit: (data) =>
      onSubmit({
        code: formText(data, 'code') ?? '',
        name: formText(data, 'name') ?? '',
        department: formText(data, 'department') as Department | null,
        kind: String(data.get('kind')) as MunicipalityKind,
        country: (formText(data, 'country') ?? 'BO').toUpperCase(),
        isPartner: data.get('isPartner') === 'on',
      }),
  });

  return (
    <form className="form" noValidate onSubmit={handleSubmit}>
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
