import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../shared/PageTitle';

export const ForbiddenPage = () => {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle title={t('forbidden.title')} />
      <p>{t('forbidden.body')}</p>
      <p>
        <Link to="/">{t('forbidden.home')}</Link>
      </p>
    </>
  );
};
