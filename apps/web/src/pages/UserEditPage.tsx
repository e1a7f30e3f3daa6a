import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ActivationLinkPanel } from '../features/activation/components/ActivationLinkPanel';
import { LazyUserCompetencies } from '../features/learning/components/LazyUserCompetencies';
import { AccountStatus } from '../features/users/components/AccountStatus';
import { UserForm } from '../features/users/components/UserForm';
import type { UserFormValues } from '../features/users/components/UserForm';
import type { UpdateUserRequest } from '../features/users/api/usersApi';
import { useSetUserRoles } from '../features/users/hooks/useSetUserRoles';
import { useUpdateUser } from '../features/users/hooks/useUpdateUser';
import { useUser } from '../features/users/hooks/useUser';
import { Alert } from '../shared/Alert';
import { PageTitle } from '../shared/PageTitle';
import { LoadError, Loading } from '../shared/QueryStatus';

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

export const UserEditPage = () => {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const user = useUser(id);
  const update = useUpdateUser();
  const setRoles = useSetUserRoles();
  const [saved, setSaved] = useState(false);

  const onSubmit = async ({ password, roles, ...values }: UserFormValues) => {
    setSaved(false);
    const changes: UpdateUserRequest = { ...values };
    if (password) changes.password = password;
    const updated = await update.mutateAsync({ id, changes });
    if (!sameSet(roles, updated.roles)) await setRoles.mutateAsync({ id, roles });
    setSaved(true);
  };

  return (
    <>
      <p className="breadcrumb">
        <Link to="/admin/usuarios">{t('users.backToList')}</Link>
      </p>
      <PageTitle title={user.data ? `${t('users.editTitle')}: ${user.data.fullName}` : t('users.editTitle')} />
      {user.data ? (
        <div className="columns columns--wide-first">
          <section aria-labelledby="user-data" className="panel">
            <h2 id="user-data" className="visually-hidden">
              {t('users.editTitle')}
            </h2>
            {saved ? <Alert kind="success">{t('users.saved')}</Alert> : null}
            <UserForm key={user.data.id} user={user.data} submitLabel={t('users.form.save')} onSubmit={onSubmit} />
          </section>
          <div className="stack">
            <section aria-labelledby="user-account" className="panel">
              <h2 id="user-account">{t('users.accountTitle')}</h2>
              <AccountStatus user={user.data} />
            </section>
            <section aria-labelledby="user-activation" className="panel">
              <h2 id="user-activation">{t('activation.link.title')}</h2>
              <ActivationLinkPanel key={user.data.id} user={user.data} />
            </section>
          </div>
        </div>
      ) : null}
      {user.data ? <LazyUserCompetencies userId={user.data.id} /> : null}
      {user.data ? null : user.isError ? (
        <LoadError error={user.error} />
      ) : (
        <Loading />
      )}
    </>
  );
};
