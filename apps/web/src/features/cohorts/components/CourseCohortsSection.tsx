import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../shared/DataTable';
import { formatNumber } from '../../../shared/format';
import { LoadError, Loading } from '../../../shared/QueryStatus';
import { useCourseCohorts } from '../hooks/useCourseCohorts';
import { CohortStatusBadge } from './CohortStatusBadge';
import { dateRange } from './cohortFormat';

/**
 * The cohorts of a course, shown on the course page (owned by the cohorts feature): every cohort
 * for coordinators and admins, only their own for facilitators.
 */
export const CourseCohortsSection = ({ courseId, canEdit }: { courseId: string; canEdit: boolean }) => {
  const { t } = useTranslation();
  const cohorts = useCourseCohorts(courseId);
  const list = cohorts.data ?? [];

  return (
    <section aria-labelledby="course-cohorts" className="cohorts-section">
      <div className="page-head">
        <h2 id="course-cohorts">{t('cohorts.section.title')}</h2>
        {canEdit ? (
          <Link to={`/cursos/${courseId}/cohortes/nueva`} className="button">
            {t('cohorts.section.schedule')}
          </Link>
        ) : null}
      </div>
      {cohorts.isError ? (
        <LoadError error={cohorts.error} onRetry={() => void cohorts.refetch()} />
      ) : cohorts.isPending ? (
        <Loading />
      ) : (
        <DataTable
          caption={t('cohorts.section.caption')}
          columns={[
            t('cohorts.section.columns.label'),
            t('cohorts.section.columns.dates'),
            t('cohorts.section.columns.window'),
            t('cohorts.section.columns.seats'),
            t('cohorts.section.columns.modality'),
            t('cohorts.section.columns.venue'),
            t('cohorts.section.columns.status'),
            t('cohorts.section.columns.facilitators'),
          ]}
          isEmpty={list.length === 0}
          emptyText={canEdit ? t('cohorts.section.empty') : t('cohorts.section.emptyFacilitator')}
        >
          {list.map((cohort) => (
            <tr key={cohort.id}>
              <th scope="row">
                <Link to={`/cohortes/${cohort.id}`} aria-label={t('cohorts.section.openNamed', { label: cohort.label })}>
                  {cohort.label}
                </Link>
              </th>
              <td>{dateRange(cohort.startsOn, cohort.endsOn, t)}</td>
              <td>
                {dateRange(cohort.enrolmentOpensOn, cohort.enrolmentClosesOn, t)}
                {cohort.enrolmentOpen ? (
                  <>
                    {' '}
                    <span className="badge badge--ok">{t('cohorts.section.enrolmentOpen')}</span>
                  </>
                ) : null}
              </td>
              <td>
                {t('cohorts.section.seats', { taken: formatNumber(cohort.seatsTaken), capacity: formatNumber(cohort.capacity) })}
              </td>
              <td>{t(`cohorts.modalities.${cohort.modality}`)}</td>
              <td>{cohort.venue ?? t('common.none')}</td>
              <td>
                <CohortStatusBadge status={cohort.status} />
              </td>
              <td>
                {cohort.facilitators.length > 0
                  ? cohort.facilitators.map((f) => f.name).join(', ')
                  : t('cohorts.section.unassigned')}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
};
