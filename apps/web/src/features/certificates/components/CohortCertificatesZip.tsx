import { useTranslation } from 'react-i18next';
import { Alert } from '../../../shared/Alert';
import { errorMessage } from '../../../shared/errors';
import { formatNumber } from '../../../shared/format';
import type { CertificateDto } from '../api/types';
import { useDownloadCohortCertificatesZip } from '../hooks/useDownloadCohortCertificatesZip';

/** `Certificados GM-101 2026-V1-A.zip`, as the API names it. */
const zipFileName = (certificates: readonly CertificateDto[]): string => {
  const sample = certificates[0];
  const parts = [sample?.course?.code, sample?.cohort?.label.replace(/\s*·\s*/g, '-')].filter(Boolean);
  return `Certificados${parts.length ? ` ${parts.join(' ')}` : ''}.zip`;
};

/**
 * "Descargar todos (ZIP)" on a cohort's certificates panel (coordinators and admins): one PDF per
 * current (not superseded) certificate of the list, rendered by the API as it streams the file.
 */
export const CohortCertificatesZip = ({ cohortId, certificates }: { cohortId: string; certificates: readonly CertificateDto[] }) => {
  const { t } = useTranslation();
  const count = certificates.filter((c) => c.status !== 'superseded').length;
  const fileName = zipFileName(certificates);
  const download = useDownloadCohortCertificatesZip(cohortId);
  return (
    <div className="stack">
      <div className="form-actions">
        <button
          type="button"
          className="button button--secondary"
          disabled={download.isPending || count === 0}
          aria-busy={download.isPending}
          aria-describedby="certificates-zip-hint"
          onClick={() => download.mutate(fileName)}
        >
          {download.isPending ? t('certificateFiles.preparingZip') : t('certificateFiles.downloadZip')}
        </button>
      </div>
      <p id="certificates-zip-hint" className="field-hint">
        {count === 0 ? t('certificateFiles.zipEmpty') : t('certificateFiles.zipHint', { count, formatted: formatNumber(count) })}
      </p>
      <div aria-live="polite">
        {download.isError ? <Alert kind="error">{t('certificateFiles.zipFailed', { error: errorMessage(download.error, t) })}</Alert> : null}
      </div>
    </div>
  );
};
