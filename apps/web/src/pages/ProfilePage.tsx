import { useTranslation } from 'react-i18next';
import { ContactForm } from '../features/auth/components/ContactForm';
import { PasswordForm } from '../features/auth/components/PasswordForm';
import { useMe } from '../features/auth/hooks/useMe';
import { UserDetails } from '../features/users/components/UserDetails';
import { PageTitle } from '../shared/PageTitle';
import { LoadError, Loading } from '../shared/QueryStatus';

export const ProfilePage = () => {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <>
      <PageTitle title={t('profile.title')} />
      {me.data ? (
        <div className="columns">
          <section aria-labelledby="profile-data" className="panel">
            <h2 id="profile-data">{t('profile.dataTitle')}</h2>
            <UserDetails user={me.data} />
          </section>
          <div className="stack">
            <section aria-labelledby="profile-contact" className="panel">
              <h2 id="profile-contact">{t('profile.contactTitle')}</h2>
              <ContactForm key={me.data.id} user={me.data} />
            </section>
            <section aria-labelledby="profile-password" className="panel">
              <h2 id="profile-password">{t('profile.passwordTitle')}</h2>
              <PasswordForm />
            </section>
          </div>
        </div>
      ) : me.isError ? (
        <LoadError error={me.error} onRetry={() => void me.refetch()} />
      ) : (
        <Loading />
      )}
    </>
  );
};
