import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { MunicipalityForm } from '../features/municipalities/components/MunicipalityForm';
import { useCreateMunicipality } from '../features/municipalities/hooks/useCreateMunicipality';
import type { MunicipalityRequest } from '../features/municipalities/api/municipalitiesApi';
import { PageTitle } from '../shared/PageTitle';

export const MunicipalityCreatePage = () => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateMunicipality();

  const onSubmit = async (values: MunicipalityRequest) => {
    const municipality = await create.mutateAsync(values);
    await navigate(`/admin/municipios/${municipality.id}`, {
      state: { flash: t('municipalities.created', { name: municipality.name }) },
    });
  };

  return (
    <>
      <p className="breadcrumb">
        <Link to="/admin/municipios">{t('municipalities.backToList')}</Link>
      </p>
      <PageTitle title={t('municipalities.createTitle')} />
      <section className="panel">
        <MunicipalityForm submitLabel={t('municipalities.form.create')} onSubmit={onSubmit} />
      </section>
    </>
  );
};
