import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CohortStatusBadge } from '../../cohorts/components/CohortStatusBadge';
import { formatDate, formatDateTime } from '../../../shared/format';
import type { TeachingCohortDto } from '../api/types';

/** The cohort cards of "Mis cohortes", each with its links to the participants and to attendance. */
export const TeachingCohortList = ({ cohorts }: { cohorts: TeachingCohortDto[] }) => {
  const { t } = useTranslation();
  return (
    <ul className="teaching-cohorts">
      {cohorts.map((cohort) => {
        const headingId = `teaching-cohort-${cohort.id}`;
        const session = cohort.nextSession ?? cohort.lastSession;
        return (
          <li key={cohort.id} className="card teaching-cohort">
            <h2 id={headingId}>
              {cohort.courseTitle} <span className="muted">({cohort.label})</span>
            </h2>
            <p>
              <CohortStatusBadge status={cohort.status} />
              {cohort.teaching ? <span className="tag">{t('teaching.teachingBadge')}</span> : null}
            </p>
            <p>{t('teaching.dates', { from: formatDate(cohort.startsOn), to: formatDate(cohort.endsOn) })}</p>
            <p>{t('teaching.counts', { enrolled: cohort.enrolledCount, waitlisted: cohort.waitlistedCount, sessions: cohort.sessionCount })}</p>
            <p>{cohort.nextSession ? t('teaching.nextSession', { when: formatDateTime(cohort.nextSession.startsAt) }) : t('teaching.noNextSession')}</p>
            <div className="row-actions">
              <Link className="button" to={`/cohortes/${cohort.id}/asistencia${session ? `?sesion=${session.id}` : ''}`} aria-describedby={headingId}>
                {t('teaching.attendance')}
              </Link>
              <Link className="button button--secondary" to={`/cohortes/${cohort.id}/participantes`} aria-describedby={headingId}>
                {t('teaching.participants')}
              </Link>
              <Link className="button button--secondary" to={`/cohortes/${cohort.id}`} aria-describedby={headingId}>
                {t('teaching.cohortPage')}
              </Link>
            </div>
          </li>
        );
      })}
    </ul>
  );
};
