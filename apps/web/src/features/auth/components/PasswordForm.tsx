import { useTranslation } from 'react-i18next';
import { isStrongPassword, PASSWORD_MIN_LENGTH } from '@campus/domain';
import { Alert, FormErrorAlert } from '../../../shared/Alert';
import { TextField } from '../../../shared/Field';
import { useApiForm } from '../../../shared/useApiForm';
import type { FieldErrors } from '../../../shared/validation';
import { useChangePassword } from '../hooks/useChangePassword';

export const PasswordForm = () => {
  const { t } = useTranslation();
  const change = useChangePassword();
  const rule = t('validation.passwordRule', { min: PASSWORD_MIN_LENGTH });
  const { errors, failure, succeeded, pending, onSubmit } = useApiForm({
    summarizeInvalid: false,
    validate: (data) => {
      const found: FieldErrors = {};
      const newPassword = String(data.get('newPassword') ?? '');
      if (!isStrongPassword(newPassword)) found.newPassword = rule;
      if (newPassword !== String(data.get('confirmPassword') ?? ''))
        found.confirmPassword = t('validation.passwordMismatch');
      return found;
    },
    submit: async (data, form) => {
      await change.mutateAsync({
        currentPassword: String(data.get('currentPassword') ?? ''),
        newPassword: String(data.get('newPassword') ?? ''),
      });
      form.reset();
    },
  });

  return (
    <form className="form" noValidate onSubmit={onSubmit}>
      <FormErrorAlert message={failure} />
      {succeeded ? <Alert kind="success">{t('profile.passwordChanged')}</Alert> : null}
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
        <button type="submit" className="button" disabled={pending}>
          {pending ? t('common.saving') : t('profile.changePassword')}
        </button>
      </div>
    </form>
  );
};
