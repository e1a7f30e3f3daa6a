import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatVerificationCode } from '@campus/domain';
import { CertificateDownloads } from '../features/certificates/components/CertificateDownloads';
import { CertificateStatusBadge } from '../features/certificates/components/CertificateStatusBadge';
import '../features/certificates/components/certificates.css';
import { useMyCertificates } from '../features/certificates/hooks/useMyCertificates';
import { DataTable } from '../shared/DataTable';
import { formatDateTime } from '../shared/format';
import { PageTitle } from '../shared/PageTitle';
import { LoadError, Loading } from '../shared/QueryStatus';

/** "Mis certificados": the participant's certificates, their state, code, public page and downloads. */
export const MyCertificatesPage = () => {
  const { t } = useTranslation();
  const query = useMyCertificates();
  return (
    <>
      <PageTitle title={t('certificates.mine.title')} />
      <p>{t('certificates.mine.intro')}</p>
      {query.data ? (
        <DataTable
          caption={t('certificates.mine.caption')}
          columns={[
            t('certificates.columns.serial'),
            t('certificates.columns.course'),
            t('certificates.columns.issuedAt'),
            t('certificates.columns.status'),
            t('certificates.columns.code'),
            t('certificates.columns.actions'),
          ]}
          isEmpty={query.data.length === 0}
          emptyText={t('certificates.mine.empty')}
        >
          {query.data.map((c) => (
            <tr key={c.id}>
              <td>{c.serial}</td>
              <td>
                {c.course?.title ?? c.internship?.hostUnit ?? '—'}
                <p className="certificate-note">{t(`certificates.kind.${c.kind}`)}</p>
              </td>
              <td>{formatDateTime(c.issuedAt)}</td>
              <td>
                <CertificateStatusBadge status={c.status} />
                {c.status === 'revoked' ? (
                  <p className="certificate-note">
                    {t('certificates.mine.revokedNote', {
                      date: formatDateTime(c.revokedAt),
                      reason: c.revocationReason ?? '',
                    })}
                  </p>
                ) : null}
                {c.status === 'superseded' && c.replacementCode ? (
                  <p className="certificate-note">
                    {t('certificates.mine.replacedNote', {
                      code: formatVerificationCode(c.replacementCode),
                    })}
                  </p>
                ) : null}
              </td>
              <td className="certificate-code">{formatVerificationCode(c.verificationCode)}</td>
              <td>
                <div className="certificate-list-actions">
                  <Link to={`/verificar/${c.verificationCode}`}>
                    {t('certificates.mine.verifyLink')}
                    <span className="visually-hidden">
                      {' '}
                      {t('certificates.mine.verifyLinkOf', { serial: c.serial })}
                    </span>
                  </Link>
                  <CertificateDownloads certificate={c} />
                </div>
              </td>
            </tr>
          ))}
        </DataTable>
      ) : query.isError ? (
        <LoadError error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <Loading />
      )}
    </>
  );
};
