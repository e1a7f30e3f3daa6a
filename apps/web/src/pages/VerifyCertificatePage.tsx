import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../app/http';
import '../features/certificates/components/certificates.css';
import { PublicCertificateView } from '../features/certificates/components/PublicCertificateView';
import { CredentialHelp } from '../features/credentials/components/CredentialHelp';
import { VerifyCodeForm } from '../features/certificates/components/VerifyCodeForm';
import { usePublicCertificate } from '../features/certificates/hooks/usePublicCertificate';
import { Alert } from '../shared/Alert';
import { PageTitle } from '../shared/PageTitle';
import { LoadError, Loading } from '../shared/QueryStatus';

/**
 * The public verification page (no login): `/verificar` asks for a code, `/verificar/<code>` (the
 * QR's address) shows the verdict — valid, revoked with reason and date, or superseded with a
 * link to the replacement — and what was certified.
 */
export const VerifyCertificatePage = () => {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const query = usePublicCertificate(code);
  const notFound = isApiError(query.error) && query.error.status === 404;

  return (
    <>
      <PageTitle title={t('certificates.verify.title')} />
      {code === '' ? (
        <>
          <p>{t('certificates.verify.intro')}</p>
          <VerifyCodeForm />
        </>
      ) : query.data ? (
        <>
          <PublicCertificateView certificate={query.data} />
          <CredentialHelp />
          <p>
            <Link to="/verificar">{t('certificates.verify.another')}</Link>
          </p>
        </>
      ) : notFound ? (
        <>
          <Alert kind="error">{t('certificates.verify.notFound')}</Alert>
          <VerifyCodeForm initial={code} />
        </>
      ) : query.isError ? (
        <LoadError error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <Loading />
      )}
    </>
  );
};
