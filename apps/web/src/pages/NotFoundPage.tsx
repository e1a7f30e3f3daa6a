import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../shared/PageTitle';

export const NotFoundPage = () => {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle title={t('notFound.title')} />
      <p>{t('notFound.body')}</p>
      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </>
  );
};
