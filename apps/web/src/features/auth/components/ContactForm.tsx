import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserDto } from '../../../app/dto';
import { Alert, FormErrorAlert } from '../../../shared/Alert';
import { apiFieldErrors, errorMessage } from '../../../shared/errors';
import { TextField } from '../../../shared/Field';
import { focusFirstError, formText, validateForm } from '../../../shared/validation';
import type { FieldErrors } from '../../../shared/validation';
import { useUpdateMe } from '../hooks/useUpdateMe';

/** Phone, organisational unit and position: the part of the own record a person may change. */
export const ContactForm = ({ user }: { user: UserDto }) => {
  const { t } = useTranslation();
  const update = useUpdateMe();
  const [errors, setErrors] = useState<FieldErrors>({});

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const found = validateForm(form, t);
    setErrors(found);
    if (Object.keys(found).length > 0) return focusFirstError(form, found);
    const data = new FormData(form);
    update.mutate(
      { phone: formText(data, 'phone'), orgUnit: formText(data, 'orgUnit'), position: formText(data, 'position') },
      {
        onError: (error) => {
          const fields = apiFieldErrors(error);
          setErrors(fields);
          focusFirstError(form, fields);
        },
      },
    );
  };

  return (
    <form className="form" noValidate onSubmit={onSubmit}>
      <FormErrorAlert message={update.isError ? errorMessage(update.error, t) : null} />
      {update.isSuccess ? <Alert kind="success">{t('profile.contactSaved')}</Alert> : null}
      <TextField
        label={t('profile.phone')}
        name="phone"
        type="tel"
        autoComplete="tel"
        maxLength={30}
        defaultValue={user.phone ?? ''}
        error={errors.phone}
      />
      <TextField
        label={t('profile.orgUnit')}
        name="orgUnit"
        maxLength={200}
        defaultValue={user.orgUnit ?? ''}
        error={errors.orgUnit}
      />
      <TextField
        label={t('profile.position')}
        name="position"
        autoComplete="organization-title"
        maxLength={200}
        defaultValue={user.position ?? ''}
        error={errors.position}
      />
      <div className="form-actions">
        <button type="submit" className="button" disabled={update.isPending}>
          {update.isPending ? t('common.saving') : t('profile.saveContact')}
        </button>
      </div>
    </form>
  );
};
