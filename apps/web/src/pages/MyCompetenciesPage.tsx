import { useTranslation } from 'react-i18next';
import { CompetencyProfileView } from '../features/learning/components/CompetencyProfileView';
import '../features/learning/components/learning.css';
import { useCompetencyProfile } from '../features/learning/hooks/useCompetencyProfile';
import { PageTitle } from '../shared/PageTitle';
import { LoadError, Loading } from '../shared/QueryStatus';

/** "Mis competencias": my competency profile, by area, and the evidence behind it. */
export const MyCompetenciesPage = () => {
  const { t } = useTranslation();
  const profile = useCompetencyProfile();
  return (
    <>
      <PageTitle title={t('learning.profile.title')} />
      <p>{t('learning.profile.intro')}</p>
      {profile.data ? (
        <CompetencyProfileView profile={profile.data} />
      ) : profile.isError ? (
        <LoadError error={profile.error} onRetry={() => void profile.refetch()} />
      ) : (
        <Loading />
      )}
    </>
  );
};
