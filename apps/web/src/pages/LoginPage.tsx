import { Navigate, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LoginForm } from '../features/auth/components/LoginForm';
import { useSession } from '../features/auth/hooks/useSession';
import { Alert } from '../shared/Alert';
import { Loading } from '../shared/QueryStatus';
import { PageTitle } from '../shared/PageTitle';

export const LoginPage = () => {
  const { t } = useTranslation();
  const { status, endReason } = useSession();
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from;

  if (status === 'authenticated') return <Navigate to={from && from.startsWith('/') && !from.startsWith('//') ? from : '/'} replace />;

  return (
    <div className="login">
      <PageTitle title={t('login.title')} />
      <p>{t('login.intro')}</p>
      {endReason === 'expired' ? <Alert kind="info">{t('login.expired')}</Alert> : null}
      {endReason === 'logout' ? <Alert kind="success">{t('login.loggedOut')}</Alert> : null}
      {status === 'loading' ? <Loading /> : <LoginForm />}
    </div>
  );
};
