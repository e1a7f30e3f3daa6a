import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isStrongPassword, PASSWORD_MIN_LENGTH } from '@campus/domain';
import { Alert, FormErrorAlert } from '../../../shared/Alert';
import { apiFieldErrors, errorMessage } from '../../../shared/errors';
import { TextField } from '../../../shared/Field';
import { focusFirstError, validateForm } from '../../../shared/validation';
import type { FieldErrors } from '../../../shared/validation';
import { useChangePassword } from '../hooks/useChangePassword';

export const PasswordForm = () => {
  const { t } = useTranslation();
  const change = useChangePassword();
  const [errors, setErrors] = useState<FieldErrors>({});
  const rule = t('validation.passwordRule', { min: PASSWORD_MIN_LENGTH });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const currentPassword = String(data.get('currentPassword') ?? '');
    const newPassword = String(data.get('newPassword') ?? '');
    const found = validateForm(form, t);
    if (!found.newPassword && !isStrongPassword(newPassword)) found.newPassword = rule;
    if (!found.confirmPassword && newPassword !== String(data.get('confirmPassword') ?? '')) {
      found.confirmPassword = t('validation.passwordMismatch');
    }
    setErrors(found);
    if (Object.keys(found).length > 0) return focusFirstError(form, found);
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => form.reset(),
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
      <FormErrorAlert message={change.isError ? errorMessage(change.error, t) : null} />
      {change.isSuccess ? <Alert kind="success">{t('profile.passwordChanged')}</Alert> : null}
      <TextField
        label={t('profile.currentPassword')}
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        required
        error={errors.currentPassword}
      />
      <TextField
        label={t('profile.newPassword')}
        name="newPassword"
        type="password"
        autoComplete="new-password"
        hint={t('profile.passwordHint', { min: PASSWORD_MIN_LENGTH })}
        required
        error={errors.newPassword}
      />
      <TextField
        label={t('profile.confirmPassword')}
        name="confirmPassword"
        type="password"
        autoComplete="new-password"
        required
        error={errors.confirmPassword}
      />
      <div className="form-actions">
        <button type="submit" className="button" disabled={change.isPending}>
          {change.isPending ? t('common.saving') : t('profile.changePassword')}
        </button>
      </div>
    </form>
  );
};
