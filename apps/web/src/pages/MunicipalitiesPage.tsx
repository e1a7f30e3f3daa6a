import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DEPARTMENTS, MUNICIPALITY_KINDS } from '@campus/domain';
import type { Department, MunicipalityKind } from '@campus/domain';
import { useHasRole } from '../features/auth/hooks/useHasRole';
import { MunicipalitiesTable } from '../features/municipalities/components/MunicipalitiesTable';
import { MunicipalityFiltersForm } from '../features/municipalities/components/MunicipalityFiltersForm';
import type { MunicipalityFilterValues } from '../features/municipalities/components/MunicipalityFiltersForm';
import { useMunicipalities } from '../features/municipalities/hooks/useMunicipalities';
import { PageTitle } from '../shared/PageTitle';
import { LoadError, Loading } from '../shared/QueryStatus';

const isDepartment = (value: string): value is Department => (DEPARTMENTS as readonly string[]).includes(value);
const isKind = (value: string): value is MunicipalityKind => (MUNICIPALITY_KINDS as readonly string[]).includes(value);

export const MunicipalitiesPage = () => {
  const { t } = useTranslation();
  const isAdmin = useHasRole('admin');
  const [params, setParams] = useSearchParams();
  const values: MunicipalityFilterValues = {
    search: params.get('buscar') ?? '',
    department: params.get('departamento') ?? '',
    kind: params.get('tipo') ?? '',
  };
  const municipalities = useMunicipalities({
    search: values.search || undefined,
    department: isDepartment(values.department) ? values.department : undefined,
    kind: isKind(values.kind) ? values.kind : undefined,
  });

  const update = (next: MunicipalityFilterValues) => {
    const entries: [string, string][] = [
      ['buscar', next.search],
      ['departamento', next.department],
      ['tipo', next.kind],
    ];
    setParams(new URLSearchParams(entries.filter(([, value]) => value !== '')));
  };

  return (
    <>
      <div className="page-head">
        <PageTitle title={t('municipalities.title')} />
        {isAdmin ? (
          <Link to="/admin/municipios/nuevo" className="button">
            {t('municipalities.new')}
          </Link>
        ) : null}
      </div>
      <MunicipalityFiltersForm key={values.search} values={values} onChange={update} />
      {municipalities.data ? (
        <MunicipalitiesTable municipalities={municipalities.data} />
      ) : municipalities.isError ? (
        <LoadError error={municipalities.error} onRetry={() => void municipalities.refetch()} />
      ) : (
        <Loading />
      )}
    </>
  );
};
