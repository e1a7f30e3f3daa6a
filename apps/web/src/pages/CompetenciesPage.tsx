import { useTranslation } from 'react-i18next';
import { PageTitle } from '../shared/PageTitle';

export const CompetenciesPage = () => {
  const { t } = useTranslation();
  return <PageTitle title={t('competencies.title')} />;
};
