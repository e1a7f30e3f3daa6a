import { useTranslation } from 'react-i18next';
import { isStrongPassword, PASSWORD_MIN_LENGTH } from '@campus/domain';
import { FormErrorAlert } from '../../../shared/Alert';
import { TextField } from '../../../shared/Field';
import { useApiForm } from '../../../shared/useApiForm';
import type { FieldErrors } from '../../../shared/validation';
import { useActivateAccount } from '../hooks/useActivateAccount';

const FORM_FIELDS = ['password', 'confirmPassword'] as const;

/** The password the person chooses with their activation link, typed twice. */
export const ActivationForm = ({ token, onActivated }: { token: string; onActivated: () => void }) => {
  const { t } = useTranslation();
  const activate = useActivateAccount();
  const { errors, failure, extra, pending, onSubmit } = useApiForm({
    fields: FORM_FIELDS,
    validate: (data) => {
      const found: FieldErrors = {};
      const password = String(data.get('password') ?? '');
      if (!isStrongPassword(password)) found.password = t('validation.passwordRule', { min: PASSWORD_MIN_LENGTH });
      if (password !== String(data.get('confirmPassword') ?? '')) found.confirmPassword = t('validation.passwordMismatch');
      return found;
    },
    submit: async (data) => {
      await activate.mutateAsync({ token, password: String(data.get('password') ?? '') });
      onActivated();
    },
  });

  return (
    <form className="form form--card" noValidate onSubmit={onSubmit}>
      <FormErrorAlert message={failure} extra={extra} />
      <TextField
        label={t('activation.password')}
        name="password"
        type="password"
        autoComplete="new-password"
        hint={t('profile.passwordHint', { min: PASSWORD_MIN_LENGTH })}
        required
        error={errors.password}
      />
      <TextField
        label={t('activation.confirmPassword')}
        name="confirmPassword"
        type="password"
        autoComplete="new-password"
        required
        error={errors.confirmPassword}
      />
      <div className="form-actions">
        <button type="submit" className="button" disabled={pending}>
          {t('activation.submit')}
        </button>
        {pending ? (
          <span role="status" className="muted">
            {t('activation.submitting')}
          </span>
        ) : null}
      </div>
    </form>
  );
};
