import type { CertificateDto } from '../api/types';
import { CredentialDownloadButton } from '../../credentials/components/CredentialDownloadButton';
import { CertificatePdfButton } from './CertificatePdfButton';

/**
 * The download buttons of one certificate, shown in "Mis certificados" and in the cohort's list.
 * The slot the renderings fill: the PDF slice adds "Descargar PDF", the Open Badges slice
 * "Descargar credencial (Open Badges)".
 */
export const CertificateDownloads = ({ certificate }: { certificate: CertificateDto }) => (
  <>
    <CertificatePdfButton certificate={certificate} />
    <CredentialDownloadButton certificate={certificate} />
  </>
);
