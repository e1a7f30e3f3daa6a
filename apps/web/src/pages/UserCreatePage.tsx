import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { UserForm } from '../features/users/components/UserForm';
import type { UserFormValues } from '../features/users/components/UserForm';
import { useCreateUser } from '../features/users/hooks/useCreateUser';
import { PageTitle } from '../shared/PageTitle';

/** Optional fields left empty are not sent at all. */
const withoutEmpty = <T extends object>(values: T): T =>
  Object.fromEntries(Object.entries(values).filter(([, value]) => value !== null && value !== '')) as T;

export const UserCreatePage = () => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateUser();

  const onSubmit = async ({ password, ...values }: UserFormValues) => {
    const user = await create.mutateAsync(withoutEmpty({ ...values, password: password ?? '' }));
    await navigate(`/admin/usuarios?buscar=${encodeURIComponent(user.email)}`, {
      state: { flash: t('users.created', { name: user.fullName }) },
    });
  };

  return (
    <>
      <p className="breadcrumb">
        <Link to="/admin/usuarios">{t('users.backToList')}</Link>
      </p>
      <PageTitle title={t('users.createTitle')} />
      <UserForm submitLabel={t('users.form.create')} onSubmit={onSubmit} />
    </>
  );
};
