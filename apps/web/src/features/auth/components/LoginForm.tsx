import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../app/http';
import { Alert } from '../../../shared/Alert';
import { errorMessage } from '../../../shared/errors';
import { TextField } from '../../../shared/Field';
import { useApiForm } from '../../../shared/useApiForm';
import { useLogin } from '../hooks/useLogin';

/** Sign-in form. Wrong credentials, a locked account and rate limiting each get their own message. */
export const LoginForm = () => {
  const { t } = useTranslation();
  const login = useLogin();
  const { errors, apiError, pending, onSubmit } = useApiForm({
    summarizeInvalid: false,
    submit: (data) => login.mutateAsync({ email: String(data.get('email')).trim(), password: String(data.get('password')) }),
  });
  const failure = apiError ? describeLoginError(apiError, t) : null;

  return (
    <form className="form form--card" noValidate onSubmit={onSubmit} aria-describedby={failure ? 'login-error' : undefined}>
      {failure ? (
        <Alert kind="error" id="login-error">
          <p>
            <strong>{failure.title}</strong>
          </p>
          {failure.detail ? <p>{failure.detail}</p> : null}
        </Alert>
      ) : null}
      <TextField
        label={t('login.email')}
        name="email"
        type="email"
        autoComplete="username"
        inputMode="email"
        spellCheck={false}
        required
        error={errors.email}
      />
      <TextField
        label={t('login.password')}
        name="password"
        type="password"
        autoComplete="current-password"
        required
        error={errors.password}
      />
      <div className="form-actions">
        <button type="submit" className="button" disabled={pending}>
          {t('login.submit')}
        </button>
        {pending ? (
          <span role="status" className="muted">
            {t('login.submitting')}
          </span>
        ) : null}
      </div>
    </form>
  );
};

const describeLoginError = (error: unknown, t: TFunction) => {
  if (isApiError(error)) {
    const detail = error.problem.detail;
    if (error.status === 401) return { title: t('login.errors.invalid'), detail: null };
    if (error.status === 423) return { title: t('login.errors.locked'), detail };
    if (error.status === 429) return { title: t('login.errors.tooMany'), detail };
  }
  return { title: errorMessage(error, t), detail: null };
};
