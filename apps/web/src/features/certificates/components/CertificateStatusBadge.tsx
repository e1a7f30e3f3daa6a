import { useTranslation } from 'react-i18next';
import type { CertificateStatus } from '@campus/domain';

const CLASS: Record<CertificateStatus, string> = {
  valid: 'badge badge--ok',
  revoked: 'badge badge--off',
  superseded: 'badge badge--pending',
};

export const CertificateStatusBadge = ({ status }: { status: CertificateStatus }) => {
  const { t } = useTranslation();
  return <span className={CLASS[status]}>{t(`certificates.status.${status}`)}</span>;
};
