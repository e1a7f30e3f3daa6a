import { useTranslation } from 'react-i18next';
import { FormErrorAlert } from '../../../shared/Alert';
import { checkNewPassword, NewPasswordFields } from '../../../shared/NewPasswordFields';
import { useApiForm } from '../../../shared/useApiForm';
import { useActivateAccount } from '../hooks/useActivateAccount';

const FORM_FIELDS = ['password', 'confirmPassword'] as const;

/** The password the person chooses with their activation link, typed twice. */
export const ActivationForm = ({
  token,
  onActivated,
}: {
  token: string;
  onActivated: () => void;
}) => {
  const { t } = useTranslation();
  const activate = useActivateAccount();
  const { errors, failure, extra, pending, onSubmit } = useApiForm({
    fields: FORM_FIELDS,
    validate: (data) => checkNewPassword(data, 'password', t),
    submit: async (data) => {
      await activate.mutateAsync({ token, password: String(data.get('password') ?? '') });
      onActivated();
    },
  });

  return (
    <form className="form form--card" noValidate onSubmit={onSubmit}>
      <FormErrorAlert message={failure} extra={extra} />
      <NewPasswordFields
        name="password"
        label={t('activation.password')}
        confirmLabel={t('activation.confirmPassword')}
        errors={errors}
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
