import { useTranslation } from 'react-i18next';
import type { EnrolmentStatus } from '@campus/domain';

const CLASS: Record<EnrolmentStatus, string> = {
  requested: 'badge badge--pending',
  endorsed: 'badge badge--pending',
  waitlisted: 'badge badge--pending',
  enrolled: 'badge badge--ok',
  in_progress: 'badge badge--ok',
  passed: 'badge badge--ok',
  failed: 'badge badge--off',
  rejected: 'badge badge--off',
  withdrawn: 'badge badge--off',
};

export const EnrolmentStatusBadge = ({ status }: { status: EnrolmentStatus }) => {
  const { t } = useTranslation();
  return <span className={CLASS[status]}>{t(`learning.statuses.${status}`)}</span>;
};
