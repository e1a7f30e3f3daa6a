import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useHasRole } from '../features/auth/hooks/useHasRole';
import { AgreementsPanel } from '../features/municipalities/components/AgreementsPanel';
import { MunicipalityDetails } from '../features/municipalities/components/MunicipalityDetails';
import { MunicipalityForm } from '../features/municipalities/components/MunicipalityForm';
import { useMunicipality } from '../features/municipalities/hooks/useMunicipality';
import { useUpdateMunicipality } from '../features/municipalities/hooks/useUpdateMunicipality';
import { isApiError } from '../app/http';
import { Alert } from '../shared/Alert';
import { PageTitle } from '../shared/PageTitle';
import { LoadError, Loading } from '../shared/QueryStatus';

/** One municipality: its data (editable by admins) and its agreements. */
export const MunicipalityPage = () => {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const isAdmin = useHasRole('admin');
  const query = useMunicipality(id);
  const update = useUpdateMunicipality();
  const [saved, setSaved] = useState(false);
  const municipality = query.data;
  const flash = (location.state as { flash?: string } | null)?.flash;

  const back = (
    <p className="breadcrumb">
      <Link to="/admin/municipios">{t('municipalities.backToList')}</Link>
    </p>
  );

  if (!municipality) {
    return (
      <>
        {back}
        <PageTitle title={t('municipalities.title')} />
        {query.isError ? (
          isApiError(query.error) && query.error.status === 404 ? (
            <Alert kind="error">{t('municipalities.notFound')}</Alert>
          ) : (
            <LoadError error={query.error} onRetry={() => void query.refetch()} />
          )
        ) : query.isPending ? (
          <Loading />
        ) : (
          <Alert kind="error">{t('municipalities.notFound')}</Alert>
        )}
      </>
    );
  }

  return (
    <>
      {back}
      <PageTitle title={municipality.name} />
      {flash ? <Alert kind="success">{flash}</Alert> : null}
      <div className="columns">
        <section aria-labelledby="municipality-data" className="panel">
          <h2 id="municipality-data">{t('municipalities.detailsTitle')}</h2>
          <MunicipalityDetails municipality={municipality} />
        </section>
        {isAdmin ? (
          <section aria-labelledby="municipality-edit" className="panel">
            <h2 id="municipality-edit">{t('municipalities.editTitle')}</h2>
            {saved ? <Alert kind="success">{t('municipalities.saved')}</Alert> : null}
            <MunicipalityForm
              key={municipality.id}
              municipality={municipality}
              submitLabel={t('municipalities.form.save')}
              onSubmit={async (changes) => {
                setSaved(false);
                await update.mutateAsync({ id: municipality.id, changes });
                setSaved(true);
              }}
            />
          </section>
        ) : null}
      </div>
      <section aria-labelledby="municipality-agreements">
        <h2 id="municipality-agreements">{t('agreements.title')}</h2>
        <AgreementsPanel municipality={municipality} canEdit={isAdmin} />
      </section>
    </>
  );
};
