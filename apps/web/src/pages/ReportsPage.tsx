import { useTranslation } from 'react-i18next';
import { PageTitle } from '../shared/PageTitle';

/** `/informes`: the capacity-building dashboard (managers, coordinators, admins; liaisons see their municipality). */
export const ReportsPage = () => {
  const { t } = useTranslation();
  return <PageTitle title={t('reports.pageTitle')} />;
};
