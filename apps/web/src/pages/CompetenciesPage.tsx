import { useTranslation } from 'react-i18next';
import { useHasRole } from '../features/auth/hooks/useHasRole';
import { CompetencyTree } from '../features/competencies/components/CompetencyTree';
import { FrameworkTransferPanel } from '../features/competencies/components/FrameworkTransferPanel';
import { ProficiencyLegend } from '../features/competencies/components/ProficiencyLegend';
import { useCompetencies } from '../features/competencies/hooks/useCompetencies';
import { PageTitle } from '../shared/PageTitle';
import { LoadError, Loading } from '../shared/QueryStatus';

/** The competency framework: coordinators and admins edit it; managers read it. */
export const CompetenciesPage = () => {
  const { t } = useTranslation();
  const canEdit = useHasRole('admin', 'coordinator');
  // One request for everything, retired items included: the "show retired" switch needs no other.
  const framework = useCompetencies({ includeRetired: true });
  return (
    <>
      <PageTitle title={t('competencies.title')} />
      <p className="lead">{t('competencies.intro')}</p>
      {!canEdit ? <p className="muted">{t('competencies.readOnly')}</p> : null}
      <ProficiencyLegend />
      {framework.data ? (
        <CompetencyTree items={framework.data} canEdit={canEdit} />
      ) : framework.isError ? (
        <LoadError error={framework.error} onRetry={() => void framework.refetch()} />
      ) : (
        <Loading />
      )}
      <FrameworkTransferPanel canImport={canEdit} />
    </>
  );
};
