import { useTranslation } from 'react-i18next';
import { PageTitle } from '../shared/PageTitle';

export const CoursesPage = () => {
  const { t } = useTranslation();
  return <PageTitle title={t('courses.title')} />;
};
