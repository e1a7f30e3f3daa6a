import { useTranslation } from 'react-i18next';
import {
  CEDULA_NUMBER_PATTERN,
  DEPARTMENT_NAMES,
  DEPARTMENTS,
  GENDERS,
  isRole,
  isStrongPassword,
  PASSWORD_MIN_LENGTH,
  ROLES,
} from '@campus/domain';
import type { Department, Gender } from '@campus/domain';
import type { MunicipalitySummaryDto, UserDto } from '../../../app/dto';
import { FormErrorAlert } from '../../../shared/Alert';
import { CheckboxGroup, SelectField, TextField } from '../../../shared/Field';
import { useApiForm } from '../../../shared/useApiForm';
import { formText } from '../../../shared/validation';
import type { FieldErrors } from '../../../shared/validation';
import { useMunicipalities } from '../../municipalities/hooks/useMunicipalities';
import type { CreateUserRequest } from '../api/usersApi';

/** What the form yields: a full user; `password` is null when editing and left empty. */
export type UserFormValues = Omit<CreateUserRequest, 'password'> & { password: string | null };

const FORM_FIELDS = [
  'email',
  'password',
  'firstNames',
  'lastNames',
  'nationalIdNumber',
  'nationalIdComplement',
  'nationalIdIssuedIn',
  'gender',
  'municipalityId',
  'orgUnit',
  'position',
  'phone',
  'roles',
];

interface UserFormProps {
  /** The user being edited; absent when creating one. */
  user?: UserDto;
  submitLabel: string;
  /** Saves; rejects with the API's error, whose field messages are shown beside the fields. */
  onSubmit: (values: UserFormValues) => Promise<unknown>;
}

export const UserForm = ({ user, submitLabel, onSubmit }: UserFormProps) => {
  const { t } = useTranslation();
  const municipalities = useMunicipalities();
  const editing = Boolean(user);
  const passwordRule = t('validation.passwordRule', { min: PASSWORD_MIN_LENGTH });
  const { errors, failure, extra, pending, onSubmit: handleSubmit } = useApiForm({
    fields: FORM_FIELDS,
    validate: (data) => {
      const found: FieldErrors = {};
      const password = String(data.get('password') ?? '');
      if (password && !isStrongPassword(password)) found.password = passwordRule;
      if (data.getAll('roles').filter(isRole).length === 0) found.roles = t('validation.rolesRequired');
      return found;
    },
    submit: (data) =>
      onSubmit({
        email: String(data.get('email')).trim().toLowerCase(),
        password: String(data.get('password') ?? '') || null,
        firstNames: formText(data, 'firstNames') ?? '',
        lastNames: formText(data, 'lastNames') ?? '',
        nationalIdNumber: formText(data, 'nationalIdNumber') ?? '',
        nationalIdComplement: formText(data, 'nationalIdComplement')?.toUpperCase() ?? null,
        nationalIdIssuedIn: String(data.get('nationalIdIssuedIn')) as Department,
        gender: String(data.get('gender')) as Gender,
        municipalityId: String(data.get('municipalityId')),
        orgUnit: formText(data, 'orgUnit'),
        position: formText(data, 'position'),
        phone: formText(data, 'phone'),
        roles: data.getAll('roles').filter(isRole),
      }),
  });

  // The user's own municipality stays selectable even before (or without) the full list.
  const municipalityOptions: MunicipalitySummaryDto[] = [...(municipalities.data ?? [])];
  const currentMunicipality = user?.municipality;
  if (currentMunicipality && !municipalityOptions.some((m) => m.id === currentMunicipality.id)) {
    municipalityOptions.push(currentMunicipality);
  }
  municipalityOptions.sort((a, b) => a.name.localeCompare(b.name, 'es'));

  return (
    <form className="form" noValidate onSubmit={handleSubmit}>
      <FormErrorAlert message={failure} extra={extra} />
      <p className="muted">{t('common.requiredNote')}</p>

      <fieldset>
        <legend>{t('users.form.account')}</legend>
        <div className="grid-2">
          <TextField
            label={t('users.form.email')}
            name="email"
            type="email"
            autoComplete="off"
            spellCheck={false}
            required
            defaultValue={user?.email}
            error={errors.email}
          />
          <TextField
            label={editing ? t('users.form.newPassword') : t('users.form.password')}
            name="password"
            type="password"
            autoComplete="new-password"
            required={!editing}
            hint={editing ? t('users.form.newPasswordHint', { min: PASSWORD_MIN_LENGTH }) : passwordRule}
            error={errors.password}
          />
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('users.form.identity')}</legend>
        <div className="grid-2">
          <TextField
            label={t('users.form.firstNames')}
            name="firstNames"
            required
            maxLength={120}
            defaultValue={user?.firstNames}
            error={errors.firstNames}
          />
          <TextField
            label={t('users.form.lastNames')}
            name="lastNames"
            required
            maxLength={120}
            defaultValue={user?.lastNames}
            error={errors.lastNames}
          />
          <TextField
            label={t('users.form.nationalIdNumber')}
            name="nationalIdNumber"
            inputMode="numeric"
            required
            pattern={CEDULA_NUMBER_PATTERN.source.replace(/^\^|\$$/g, '')}
            data-pattern-message={t('validation.cedula')}
            defaultValue={user?.nationalIdNumber}
            error={errors.nationalIdNumber}
          />
          <TextField
            label={t('users.form.nationalIdComplement')}
            name="nationalIdComplement"
            maxLength={2}
            pattern="[0-9A-Za-z]{1,2}"
            data-pattern-message={t('validation.complement')}
            hint={t('users.form.nationalIdComplementHint')}
            defaultValue={user?.nationalIdComplement ?? ''}
            error={errors.nationalIdComplement}
          />
          <SelectField
            label={t('users.form.nationalIdIssuedIn')}
            name="nationalIdIssuedIn"
            required
            defaultValue={user?.nationalIdIssuedIn ?? ''}
            error={errors.nationalIdIssuedIn}
          >
            <option value="">{t('users.form.choose')}</option>
            {DEPARTMENTS.map((code) => (
              <option key={code} value={code}>
                {DEPARTMENT_NAMES[code]} ({code})
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t('users.form.gender')}
            name="gender"
            required
            defaultValue={user?.gender ?? ''}
            error={errors.gender}
          >
            <option value="">{t('users.form.choose')}</option>
            {GENDERS.map((gender) => (
              <option key={gender} value={gender}>
                {t(`genders.${gender}`)}
              </option>
            ))}
          </SelectField>
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('users.form.work')}</legend>
        <div className="grid-2">
          <SelectField
            key={municipalityOptions.length}
            label={t('users.form.municipality')}
            name="municipalityId"
            required
            defaultValue={user?.municipality?.id ?? ''}
            error={errors.municipalityId}
          >
            <option value="">{t('users.form.chooseMunicipality')}</option>
            {municipalityOptions.map((municipality) => (
              <option key={municipality.id} value={municipality.id}>
                {municipality.name}
                {municipality.department ? ` (${municipality.department})` : ` (${municipality.country})`}
              </option>
            ))}
          </SelectField>
          <TextField
            label={t('users.form.orgUnit')}
            name="orgUnit"
            maxLength={200}
            defaultValue={user?.orgUnit ?? ''}
            error={errors.orgUnit}
          />
          <TextField
            label={t('users.form.position')}
            name="position"
            maxLength={200}
            defaultValue={user?.position ?? ''}
            error={errors.position}
          />
          <TextField
            label={t('users.form.phone')}
            name="phone"
            type="tel"
            maxLength={30}
            defaultValue={user?.phone ?? ''}
            error={errors.phone}
          />
        </div>
      </fieldset>

      <CheckboxGroup
        legend={t('users.form.roles')}
        name="roles"
        required
        options={ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
        defaultValues={user?.roles ?? ['participant']}
        error={errors.roles}
      />

      <div className="form-actions">
        <button type="submit" className="button" disabled={pending}>
          {pending ? t('common.saving') : submitLabel}
        </button>
      </div>
    </form>
  );
};
