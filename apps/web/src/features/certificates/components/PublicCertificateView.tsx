import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatVerificationCode } from '@campus/domain';
import { DetailsList } from '../../../shared/DetailsList';
import { formatDate, formatDateTime, formatNumber } from '../../../shared/format';
import type { PublicCertificateDto } from '../api/types';

/** What the public verification page shows: a big verdict, then what was certified. */
export const PublicCertificateView = ({ certificate }: { certificate: PublicCertificateDto }) => {
  const { t } = useTranslation();
  const c = certificate;
  return (
    <>
      <section
        aria-labelledby="verdict"
        className={`certificate-verdict certificate-verdict--${c.status}`}
        aria-live="polite"
      >
        <h2 id="verdict">{t(`certificates.status.${c.status}`)}</h2>
        {c.status === 'valid' ? <p>{t('certificates.verify.validText')}</p> : null}
        {c.status === 'revoked' ? (
          <>
            <p>{t('certificates.verify.revokedText', { date: formatDateTime(c.revokedAt) })}</p>
            <p>{t('certificates.verify.revokedReason', { reason: c.revocationReason ?? '' })}</p>
          </>
        ) : null}
        {c.status === 'superseded' ? (
          <>
            <p>
              {t('certificates.verify.supersededText', { date: formatDateTime(c.supersededAt) })}
            </p>
            {c.replacement ? (
              <p>
                <Link to={`/verificar/${c.replacement.verificationCode}`}>
                  {t('certificates.verify.replacementLink', { serial: c.replacement.serial })}
                </Link>
              </p>
            ) : null}
          </>
        ) : null}
      </section>
      <section aria-labelledby="certificate-details" className="panel">
        <h2 id="certificate-details">{t('certificates.verify.detailsTitle')}</h2>
        <DetailsList
          rows={[
            [t('certificates.verify.serial'), c.serial],
            [
              t('certificates.columns.code'),
              <span className="certificate-code">
                {formatVerificationCode(c.verificationCode)}
              </span>,
            ],
            [t('certificates.verify.kind'), t(`certificates.kind.${c.kind}`)],
            [t('certificates.verify.holder'), c.holderName],
            [t('certificates.verify.nationalId'), c.nationalId],
            ...(c.municipality
              ? [[t('certificates.verify.municipality'), c.municipality] as [string, string]]
              : []),
            ...(c.course
              ? [
                  [t('certificates.verify.course'), `${c.course.title} (${c.course.code})`] as [
                    string,
                    string,
                  ],
                ]
              : []),
            ...(c.cohort
              ? [
                  [t('certificates.verify.cohort'), c.cohort.label] as [string, string],
                  [
                    t('certificates.verify.dates'),
                    t('certificates.verify.datesValue', {
                      from: formatDate(c.cohort.startsOn),
                      to: formatDate(c.cohort.endsOn),
                    }),
                  ] as [string, string],
                ]
              : []),
            ...(c.internship
              ? [
                  [
                    t('certificates.verify.hostUnit'),
                    `${c.internship.hostUnit} (${c.internship.call})`,
                  ] as [string, string],
                  [
                    t('certificates.verify.dates'),
                    t('certificates.verify.datesValue', {
                      from: formatDate(c.internship.startsOn),
                      to: formatDate(c.internship.endsOn),
                    }),
                  ] as [string, string],
                ]
              : []),
            [
              t('certificates.verify.hours'),
              t('certificates.verify.hoursValue', { hours: formatNumber(c.hours) }),
            ],
            [t('certificates.verify.issuedAt'), formatDateTime(c.issuedAt)],
            [t('certificates.verify.issuer'), `${c.issuer.name} — ${c.issuer.unit}`],
            [
              t('certificates.verify.signatories'),
              <ul className="plain-list">
                {c.signatories.map((s) => (
                  <li key={`${s.name}|${s.position}`}>
                    {s.name}, {s.position}
                  </li>
                ))}
              </ul>,
            ],
          ]}
        />
        {c.competencies.length > 0 ? (
          <>
            <h3>{t('certificates.verify.competencies')}</h3>
            <ul>
              {c.competencies.map((competency) => (
                <li key={competency.code}>
                  {competency.code} {competency.name} (
                  {t('certificates.verify.level', { level: competency.level })})
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>
    </>
  );
};
