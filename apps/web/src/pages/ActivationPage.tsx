import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../app/http';
import { ActivationForm } from '../features/activation/components/ActivationForm';
import { useActivationToken } from '../features/activation/hooks/useActivationToken';
import { Alert } from '../shared/Alert';
import { PageTitle } from '../shared/PageTitle';
import { LoadError, Loading } from '../shared/QueryStatus';

/**
 * The page of a one-time activation link (/activar/:token): public, it works with or without a
 * session. The person sees whose account it is and chooses a password, then signs in.
 */
export const ActivationPage = () => {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const info = useActivationToken(token);
  const [activated, setActivated] = useState(false);
  const done = useRef<HTMLDivElement>(null);

  // The form is gone once the password is set: the focus goes to the confirmation.
  useEffect(() => {
    if (activated) done.current?.focus();
  }, [activated]);

  const signIn = (
    <p>
      <Link to="/ingresar">{t('activation.signIn')}</Link>
    </p>
  );

  let body;
  if (activated) {
    body = (
      <div ref={done} tabIndex={-1}>
        <Alert kind="success">
          <p>{t('activation.done')}</p>
        </Alert>
        {signIn}
      </div>
    );
  } else if (info.data) {
    body = (
      <>
        <p>{t('activation.account', { name: info.data.fullName, email: info.data.email })}</p>
        <p>{t('activation.intro')}</p>
        <ActivationForm token={token} onActivated={() => setActivated(true)} />
      </>
    );
  } else if (token === '' || (info.isError && isApiError(info.error) && info.error.status === 404)) {
    body = (
      <>
        <Alert kind="error">
          <p>{t('activation.invalid')}</p>
        </Alert>
        <p>{t('activation.invalidHelp')}</p>
        {signIn}
      </>
    );
  } else if (info.isError) {
    body = <LoadError error={info.error} onRetry={() => void info.refetch()} />;
  } else {
    body = <Loading />;
  }

  return (
    <div className="login">
      <PageTitle title={t('activation.title')} />
      {body}
    </div>
  );
};
