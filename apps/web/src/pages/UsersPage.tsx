import { Link, useLocation, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isRole, peopleScope } from '@campus/domain';
import { useSession } from '../features/auth/hooks/useSession';
import { UserFiltersForm } from '../features/users/components/UserFiltersForm';
import type { UserFilterValues } from '../features/users/components/UserFiltersForm';
import { UsersTable } from '../features/users/components/UsersTable';
import { useUsers } from '../features/users/hooks/useUsers';
import { Alert } from '../shared/Alert';
import { PageTitle } from '../shared/PageTitle';
import { Pagination } from '../shared/Pagination';
import { LoadError, Loading } from '../shared/QueryStatus';

const PAGE_SIZE = 20;

/**
 * Filters live in the address (?buscar=&rol=&municipio=&estado=&pagina=): shareable, back button works.
 * Admins manage accounts here; coordinators and managers read everyone's, a municipal liaison the
 * people of their own municipality (the API scopes the list).
 */
export const UsersPage = () => {
  const { t } = useTranslation();
  const location = useLocation();
  const { user } = useSession();
  const roles = user?.roles ?? [];
  const isAdmin = roles.includes('admin');
  const ownMunicipality = peopleScope(roles) === 'municipality' ? user?.municipality : undefined;
  const [params, setParams] = useSearchParams();
  const values: UserFilterValues = {
    search: params.get('buscar') ?? '',
    role: params.get('rol') ?? '',
    municipalityId: ownMunicipality ? '' : (params.get('municipio') ?? ''),
    status: params.get('estado') ?? '',
  };
  const page = Math.max(1, Number(params.get('pagina')) || 1);
  const users = useUsers({
    search: values.search || undefined,
    role: isRole(values.role) ? values.role : undefined,
    municipalityId: values.municipalityId || undefined,
    active: values.status === 'activo' ? true : values.status === 'inactivo' ? false : undefined,
    page,
    pageSize: PAGE_SIZE,
  });
  const flash = (location.state as { flash?: string } | null)?.flash;

  const update = (next: UserFilterValues, nextPage = 1) => {
    const entries: [string, string][] = [
      ['buscar', next.search],
      ['rol', next.role],
      ['municipio', next.municipalityId],
      ['estado', next.status],
      ['pagina', nextPage > 1 ? String(nextPage) : ''],
    ];
    setParams(new URLSearchParams(entries.filter(([, value]) => value !== '')));
  };

  return (
    <>
      <div className="page-head">
        <PageTitle
          title={
            ownMunicipality
              ? t('users.municipalityTitle', { name: ownMunicipality.name })
              : t('users.title')
          }
        />
        {isAdmin ? (
          <Link to="/admin/usuarios/nuevo" className="button">
            {t('users.new')}
          </Link>
        ) : null}
      </div>
      {flash ? <Alert kind="success">{flash}</Alert> : null}
      <UserFiltersForm
        key={values.search}
        values={values}
        onChange={(next) => update(next)}
        byMunicipality={!ownMunicipality}
      />
      {users.data ? (
        <>
          <UsersTable users={users.data.items} total={users.data.total} canManage={isAdmin} />
          <Pagination
            page={users.data.page}
            pageSize={users.data.pageSize}
            total={users.data.total}
            onChange={(next) => update(values, next)}
          />
        </>
      ) : users.isError ? (
        <LoadError error={users.error} onRetry={() => void users.refetch()} />
      ) : (
        <Loading />
      )}
    </>
  );
};
