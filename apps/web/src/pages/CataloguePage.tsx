import { useTranslation } from 'react-i18next';
import { PageTitle } from '../shared/PageTitle';

export const CataloguePage = () => {
  const { t } = useTranslation();
  return <PageTitle title={t('catalogue.title')} />;
};
