import { useTranslation } from 'react-i18next';

/** On the public verification page: what the digital credential is and how others check it. */
export const CredentialHelp = () => {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="credential-help">
      <h2 id="credential-help">{t('credentials.help.title')}</h2>
      <p>{t('credentials.help.text')}</p>
      <p>
        {t('credentials.help.issuer')} <a href="/api/public/issuer">{t('credentials.help.issuerLink')}</a>
        {' · '}
        <a href="/api/public/status/revocation">{t('credentials.help.statusLink')}</a>
      </p>
    </section>
  );
};
