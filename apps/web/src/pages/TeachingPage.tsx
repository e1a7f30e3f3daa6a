import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COHORT_EDITOR_ROLES } from '@campus/domain';
import { useHasRole } from '../features/auth/hooks/useHasRole';
import { TeachingCohortList } from '../features/teaching/components/TeachingCohortList';
import '../features/teaching/components/teaching.css';
import { useTeachingCohorts } from '../features/teaching/hooks/useTeachingCohorts';
import { CheckboxField } from '../shared/Field';
import { PageTitle } from '../shared/PageTitle';
import { LoadError, Loading } from '../shared/QueryStatus';

/** "Mis cohortes": a facilitator's cohorts (coordinators: all current ones), with attendance and participants. */
export const TeachingPage = () => {
  const { t } = useTranslation();
  const seesAll = useHasRole(...COHORT_EDITOR_ROLES);
  const [onlyMine, setOnlyMine] = useState(false);
  const [includePast, setIncludePast] = useState(false);
  const query = useTeachingCohorts({ onlyMine, includePast });

  return (
    <>
      <PageTitle title={t('teaching.title')} />
      <p className="lead">{seesAll ? t('teaching.introCoordinator') : t('teaching.intro')}</p>
      <div className="teaching-options">
        {seesAll ? (
          <CheckboxField label={t('teaching.onlyMine')} name="onlyMine" checked={onlyMine} onChange={(event) => setOnlyMine(event.currentTarget.checked)} />
        ) : null}
        <CheckboxField
          label={t('teaching.includePast')}
          name="includePast"
          checked={includePast}
          onChange={(event) => setIncludePast(event.currentTarget.checked)}
        />
      </div>
      {query.isError ? (
        <LoadError error={query.error} onRetry={() => void query.refetch()} />
      ) : !query.data ? (
        <Loading />
      ) : query.data.length === 0 ? (
        <p>{seesAll && !onlyMine ? t('teaching.emptyAll') : t('teaching.empty')}</p>
      ) : (
        <TeachingCohortList cohorts={query.data} />
      )}
    </>
  );
};
