import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../shared/DataTable';
import { DetailsList } from '../../../shared/DetailsList';
import { formatDate } from '../../../shared/format';
import type { CatalogueCohortDto } from '../api/types';
import { formatSessionDay, formatSessionTime } from '../format';
import { EnrolmentWindow } from './EnrolmentStatus';

/**
 * Open and upcoming cohorts: dates, enrolment window, places, venue, facilitators and sessions;
 * `action` adds, per cohort, what the viewer can do (a participant's enrolment button).
 */
export const CourseCohorts = ({ cohorts, action }: { cohorts: CatalogueCohortDto[]; action?: (cohort: CatalogueCohortDto) => ReactNode }) => {
  const { t } = useTranslation();
  if (cohorts.length === 0) return <p className="muted">{t('catalogue.course.noCohorts')}</p>;
  return (
    <>
      {cohorts.map((cohort) => (
        <section key={cohort.id} className="cohort-block" aria-labelledby={`cohort-${cohort.id}`}>
          <h3 id={`cohort-${cohort.id}`}>
            {t('catalogue.course.cohortTitle', { label: cohort.label })}{' '}
            <EnrolmentWindow cohort={cohort} />
          </h3>
          {action?.(cohort)}
          <DetailsList
            rows={[
              [
                t('catalogue.course.dates'),
                t('catalogue.course.range', {
                  start: formatDate(cohort.startsOn),
                  end: formatDate(cohort.endsOn),
                }),
              ],
              [
                t('catalogue.course.window'),
                t('catalogue.course.range', {
                  start: formatDate(cohort.enrolmentOpensOn),
                  end: formatDate(cohort.enrolmentClosesOn),
                }),
              ],
              [
                t('catalogue.course.seats'),
                t('catalogue.course.seatsValue', {
                  seats: cohort.seatsLeft,
                  capacity: cohort.capacity,
                }),
              ],
              [t('catalogue.course.modality'), t(`catalogue.modalities.${cohort.modality}`)],
              [t('catalogue.course.venue'), cohort.venue ?? t('catalogue.course.toBeConfirmed')],
              [
                t('catalogue.course.facilitators'),
                cohort.facilitators.length > 0
                  ? cohort.facilitators.join(', ')
                  : t('catalogue.course.toBeConfirmed'),
              ],
            ]}
          />
          {cohort.sessions.length > 0 ? (
            <>
              <DataTable
                caption={t('catalogue.course.sessionsCaption', { label: cohort.label })}
                columns={[
                  t('catalogue.course.sessionColumns.date'),
                  t('catalogue.course.sessionColumns.time'),
                  t('catalogue.course.sessionColumns.title'),
                  t('catalogue.course.sessionColumns.venue'),
                ]}
              >
                {cohort.sessions.map((session) => (
                  <tr key={session.startsAt}>
                    <td>{formatSessionDay(session.startsAt)}</td>
                    <td>{formatSessionTime(session.startsAt, session.endsAt)}</td>
                    <td>{session.title}</td>
                    <td>{session.venue ?? cohort.venue ?? '—'}</td>
                  </tr>
                ))}
              </DataTable>
              <p>
                <a className="button button--secondary" href={cohort.icsUrl} download>
                  {t('catalogue.course.addToCalendar')}
                  <span className="visually-hidden">
                    {' '}
                    {t('catalogue.course.calendarFor', { label: cohort.label })}
                  </span>
                </a>
              </p>
            </>
          ) : (
            <p className="muted">{t('catalogue.course.noSessions')}</p>
          )}
        </section>
      ))}
    </>
  );
};
