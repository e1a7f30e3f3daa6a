import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../shared/errors';
import { useDownloadCredential } from '../hooks/useDownloadCredential';

/** "Descargar credencial (Open Badges)": the signed digital credential of one certificate. */
export const CredentialDownloadButton = ({ certificate }: { certificate: { id: string; serial: string } }) => {
  const { t } = useTranslation();
  const download = useDownloadCredential();
  return (
    <span>
      <button
        type="button"
        className="button button--secondary button--small"
        disabled={download.isPending}
        aria-describedby={`credential-help-${certificate.id}`}
        onClick={() => download.mutate({ id: certificate.id, serial: certificate.serial })}
      >
        {t('credentials.download')}
        <span className="visually-hidden"> {t('credentials.downloadOf', { serial: certificate.serial })}</span>
      </button>
      <span id={`credential-help-${certificate.id}`} className="visually-hidden">
        {t('credentials.downloadHelp')}
      </span>
      {download.isError ? (
        <span role="alert" className="field-error">
          {errorMessage(download.error, t)}
        </span>
      ) : null}
    </span>
  );
};
