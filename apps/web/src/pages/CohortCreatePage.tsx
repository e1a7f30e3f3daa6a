import { useTranslation } from 'react-i18next';
import { PageTitle } from '../shared/PageTitle';

export const CohortCreatePage = () => {
  const { t } = useTranslation();
  return <PageTitle title={t('cohorts.title')} />;
};
