import { useTranslation } from 'react-i18next';
import type { CourseStatus } from '@campus/domain';

const CLASSES: Record<CourseStatus, string> = { draft: 'badge badge--pending', published: 'badge badge--ok', archived: 'badge badge--off' };

export const CourseStatusBadge = ({ status }: { status: CourseStatus }) => {
  const { t } = useTranslation();
  return <span className={CLASSES[status]}>{t(`courses.status.${status}`)}</span>;
};
