import { useTranslation } from 'react-i18next';
import { PageTitle } from '../shared/PageTitle';

export const CalendarPage = () => {
  const { t } = useTranslation();
  return <PageTitle title={t('cohorts.title')} />;
};
