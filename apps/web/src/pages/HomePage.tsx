import { useTranslation } from 'react-i18next';
import { SectionCards } from '../features/home/components/SectionCards';
import { useSession } from '../features/auth/hooks/useSession';
import { PageTitle } from '../shared/PageTitle';
import { RoleList } from '../shared/RoleList';

export const HomePage = () => {
  const { t } = useTranslation();
  const { user } = useSession();
  if (!user) return null;
  return (
    <>
      <PageTitle title={t('home.title')}>{t('home.greeting', { name: user.fullName })}</PageTitle>
      <p className="lead">{t('home.intro')}</p>
      <section aria-labelledby="home-roles">
        <h2 id="home-roles">{t('home.yourRoles')}</h2>
        <RoleList roles={user.roles} />
      </section>
      <section aria-labelledby="home-sections">
        <h2 id="home-sections">{t('home.sectionsTitle')}</h2>
        <SectionCards roles={user.roles} />
      </section>
    </>
  );
};
