import { useTranslation } from 'react-i18next';
import { Alert, FormErrorAlert } from '../../../shared/Alert';
import { TextField } from '../../../shared/Field';
import { checkNewPassword, NewPasswordFields } from '../../../shared/NewPasswordFields';
import { useApiForm } from '../../../shared/useApiForm';
import { useChangePassword } from '../hooks/useChangePassword';

export const PasswordForm = () => {
  const { t } = useTranslation();
  const change = useChangePassword();
  const { errors, failure, succeeded, pending, onSubmit } = useApiForm({
    summarizeInvalid: false,
    validate: (data) => checkNewPassword(data, 'newPassword', t),
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
      <NewPasswordFields
        name="newPassword"
        label={t('profile.newPassword')}
        confirmLabel={t('profile.confirmPassword')}
        errors={errors}
      />
      <div className="form-actions">
        <button type="submit" className="button" disabled={pending}>
          {pending ? t('common.saving') : t('profile.changePassword')}
        </button>
      </div>
    </form>
  );
};
