import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { isStrongPassword, PASSWORD_MIN_LENGTH } from '@campus/domain';
import { TextField } from './Field';
import type { FieldErrors } from './validation';

/** Checks a new password typed twice: the shared rule of @campus/domain, and that both match. */
export const checkNewPassword = (data: FormData, name: string, t: TFunction): FieldErrors => {
  const found: FieldErrors = {};
  const password = String(data.get(name) ?? '');
  if (!isStrongPassword(password))
    found[name] = t('validation.passwordRule', { min: PASSWORD_MIN_LENGTH });
  if (password !== String(data.get('confirmPassword') ?? ''))
    found.confirmPassword = t('validation.passwordMismatch');
  return found;
};

/** A new password and its confirmation (field `confirmPassword`), with the rule as a hint. */
export const NewPasswordFields = ({
  name,
  label,
  confirmLabel,
  errors,
}: {
  name: string;
  label: string;
  confirmLabel: string;
  errors: FieldErrors;
}) => {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        label={label}
        name={name}
        type="password"
        autoComplete="new-password"
        hint={t('profile.passwordHint', { min: PASSWORD_MIN_LENGTH })}
        required
        error={errors[name]}
      />
      <TextField
        label={confirmLabel}
        name="confirmPassword"
        type="password"
        autoComplete="new-password"
        required
        error={errors.confirmPassword}
      />
    </>
  );
};
