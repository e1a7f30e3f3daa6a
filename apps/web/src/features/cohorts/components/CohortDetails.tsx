import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { laPazToday } from '@campus/domain';
import { DetailsList } from '../../../shared/DetailsList';
import { formatNumber } from '../../../shared/format';
import type { CohortDto } from '../api/types';
import { CohortStatusBadge } from './CohortStatusBadge';
import { dateRange } from './cohortFormat';

export const CohortDetails = ({ cohort }: { cohort: CohortDto }) => {
  const { t } = useTranslation();
  return (
    <DetailsList
      rows={[
        [t('cohorts.details.course'), <Link to={`/cursos/${cohort.course.id}`}>{`${cohort.course.code} ${cohort.course.title}`}</Link>],
        [t('cohorts.details.label'), cohort.label],
        [t('cohorts.details.version'), t('cohorts.details.versionValue', { number: cohort.versionNumber })],
        [t('cohorts.details.status'), <CohortStatusBadge status={cohort.status} />],
        [t('cohorts.details.dates'), dateRange(cohort.startsOn, cohort.endsOn, t)],
        [
          t('cohorts.details.window'),
          <>
            {dateRange(cohort.enrolmentOpensOn, cohort.enrolmentClosesOn, t)}{' '}
            <span className={cohort.enrolmentOpen ? 'badge badge--ok' : 'badge badge--off'}>
              {cohort.enrolmentOpen
                ? t('cohorts.details.open')
                : cohort.status === 'scheduled' && laPazToday() < cohort.enrolmentOpensOn
                  ? t('cohorts.details.notYetOpen')
                  : t('cohorts.details.closed')}
            </span>
          </>,
        ],
        [t('cohorts.details.seats'), t('cohorts.section.seats', { taken: formatNumber(cohort.seatsTaken), capacity: formatNumber(cohort.capacity) })],
        [t('cohorts.details.modality'), t(`cohorts.modalities.${cohort.modality}`)],
        [t('cohorts.details.venue'), cohort.venue ?? t('common.none')],
        [
          t('cohorts.details.facilitators'),
          cohort.facilitators.length > 0 ? cohort.facilitators.map((f) => f.name).join(', ') : t('cohorts.section.unassigned'),
        ],
        [t('cohorts.details.notes'), cohort.notes ?? t('common.none')],
      ]}
    />
  );
};
