import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../app/http';
import { LazyUserCompetencies } from '../features/learning/components/LazyUserCompetencies';
import { UserDetails } from '../features/users/components/UserDetails';
import { useUser } from '../features/users/hooks/useUser';
import { Alert } from '../shared/Alert';
import { PageTitle } from '../shared/PageTitle';
import { LoadError, Loading } from '../shared/QueryStatus';

/** One person's record, read-only: what coordinators, managers and municipal liaisons see. */
export const UserDetailsPage = () => {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const user = useUser(id);

  return (
    <>
      <p className="breadcrumb">
        <Link to="/admin/usuarios">{t('users.backToList')}</Link>
      </p>
      <PageTitle title={user.data ? user.data.fullName : t('users.detailsTitle')} />
      {user.data ? (
        <section aria-labelledby="user-details" className="panel">
          <h2 id="user-details">{t('users.detailsTitle')}</h2>
          <p className="muted">{t('users.readOnly')}</p>
          <UserDetails user={user.data} withStatus />
        </section>
      ) : null}
      {user.data ? <LazyUserCompetencies userId={user.data.id} /> : null}
      {user.data ? null : user.isError ? (
        isApiError(user.error) && user.error.status === 404 ? (
          <Alert kind="error">{t('users.notFound')}</Alert>
        ) : (
          <LoadError error={user.error} onRetry={() => void user.refetch()} />
        )
      ) : (
        <Loading />
      )}
    </>
  );
};
