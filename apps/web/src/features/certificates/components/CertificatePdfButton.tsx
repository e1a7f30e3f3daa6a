import { useTranslation } from 'react-i18next';
import { CERTIFICATE_MANAGER_ROLES, hasAnyRole } from '@campus/domain';
import { useSession } from '../../auth/hooks/useSession';
import { errorMessage } from '../../../shared/errors';
import type { CertificateDto } from '../api/types';
import { useDownloadCertificatePdf } from '../hooks/useDownloadCertificatePdf';

/**
 * "Descargar PDF" of one certificate, for whoever the API serves it to: its holder, coordinators
 * and admins (a cohort's facilitators see the list but not the files).
 */
export const CertificatePdfButton = ({ certificate }: { certificate: CertificateDto }) => {
  const { t } = useTranslation();
  const { user } = useSession();
  const download = useDownloadCertificatePdf();
  if (!user || (user.id !== certificate.holderId && !hasAnyRole(user.roles, CERTIFICATE_MANAGER_ROLES))) return null;
  return (
    <>
      <button
        type="button"
        className="button button--secondary button--small"
        disabled={download.isPending}
        aria-busy={download.isPending}
        onClick={() => download.mutate({ id: certificate.id, serial: certificate.serial })}
      >
        {download.isPending ? t('certificateFiles.downloading') : t('certificateFiles.downloadPdf')}
        <span className="visually-hidden"> {t('certificateFiles.ofSerial', { serial: certificate.serial })}</span>
      </button>
      {download.isError ? (
        <p className="certificate-note" role="alert">
          {t('certificateFiles.pdfFailed', { error: errorMessage(download.error, t) })}
        </p>
      ) : null}
    </>
  );
};
