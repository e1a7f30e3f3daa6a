import { useTranslation } from 'react-i18next';
import { enrolmentPhase } from '@campus/domain';
import type { EnrolmentPhase } from '@campus/domain';
import { formatDate, todayInLaPaz } from '../../../shared/format';
import type { CatalogueCohortSummaryDto } from '../api/types';

/** Open per the API (which decides with the server's clock); otherwise whether the window is ahead or past. */
export const cohortPhase = (cohort: CatalogueCohortSummaryDto): EnrolmentPhase =>
  cohort.enrolmentOpen
    ? 'open'
    : enrolmentPhase({ status: 'scheduled', ...cohort }, todayInLaPaz()) === 'not_yet_open'
      ? 'not_yet_open'
      : 'closed';

const BADGE: Record<EnrolmentPhase, string> = {
  open: 'badge badge--ok',
  not_yet_open: 'badge badge--pending',
  closed: 'badge badge--off',
};

/** "Inscripciones abiertas hasta el …" / "Inscripciones desde el …" / "Inscripciones cerradas". */
export const EnrolmentWindow = ({ cohort }: { cohort: CatalogueCohortSummaryDto }) => {
  const { t } = useTranslation();
  const phase = cohortPhase(cohort);
  const text =
    phase === 'open'
      ? t('catalogue.enrolment.openUntil', { date: formatDate(cohort.enrolmentClosesOn) })
      : phase === 'not_yet_open'
        ? t('catalogue.enrolment.opensOn', { date: formatDate(cohort.enrolmentOpensOn) })
        : t('catalogue.enrolment.closed');
  return <span className={BADGE[phase]}>{text}</span>;
};

/** "Quedan 4 plazas" or, when full, the waiting list. */
export const SeatsLeft = ({ seats }: { seats: number }) => {
  const { t } = useTranslation();
  return (
    <span>
      {seats > 0
        ? t('catalogue.enrolment.seatsLeft', { count: seats })
        : t('catalogue.enrolment.noSeats')}
    </span>
  );
};
