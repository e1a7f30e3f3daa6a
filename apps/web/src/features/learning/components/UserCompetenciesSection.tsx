import { useTranslation } from 'react-i18next';
import { useHasRole } from '../../auth/hooks/useHasRole';
import { LoadError, Loading } from '../../../shared/QueryStatus';
import { useCompetencyProfile } from '../hooks/useCompetencyProfile';
import { CompetencyProfileView } from './CompetencyProfileView';
import { RecogniseCompetencyForm } from './RecogniseCompetencyForm';
import './learning.css';

/** "Competencias" on a person's page: their profile and, for coordinators and admins, "Reconocer competencia". */
export const UserCompetenciesSection = ({ userId }: { userId: string }) => {
  const { t } = useTranslation();
  const canRecognise = useHasRole('admin', 'coordinator');
  const profile = useCompetencyProfile(userId);
  return (
    <section aria-labelledby="user-competencies" className="panel">
      <h2 id="user-competencies">{t('learning.profile.userTitle')}</h2>
      {profile.data ? (
        <CompetencyProfileView profile={profile.data} headingLevel="h3" idPrefix="user-profile" />
      ) : profile.isError ? (
        <LoadError error={profile.error} onRetry={() => void profile.refetch()} />
      ) : (
        <Loading />
      )}
      {canRecognise ? (
        <section aria-labelledby="user-recognise">
          <h3 id="user-recognise">{t('learning.recognise.title')}</h3>
          <RecogniseCompetencyForm userId={userId} />
        </section>
      ) : null}
    </section>
  );
};
