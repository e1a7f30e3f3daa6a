import { useTranslation } from 'react-i18next';
import type { CohortStatus } from '@campus/domain';

const CLASS: Record<CohortStatus, string> = { scheduled: 'badge badge--ok', cancelled: 'badge badge--off', closed: 'badge' };

export const CohortStatusBadge = ({ status }: { status: CohortStatus }) => {
  const { t } = useTranslation();
  return <span className={CLASS[status]}>{t(`cohorts.statuses.${status}`)}</span>;
};
