import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { laPazDayOf } from '@campus/domain';
import { DataTable } from '../../../shared/DataTable';
import type { CalendarSessionDto } from '../api/types';
import { longDate, sessionTimes, shortDayDate } from './cohortFormat';

interface Props {
  sessions: CalendarSessionDto[];
  monthLabel: string;
}

const ConflictMark = ({ conflict }: { conflict: boolean }) => {
  const { t } = useTranslation();
  return conflict ? <span className="conflict-mark">⚠ {t('cohorts.calendar.conflictLong')}</span> : null;
};

/**
 * The same sessions as the month grid, in order: a table on wide screens, a day-by-day agenda on
 * phones (only one of them is displayed at a time).
 */
export const CalendarSessionsTable = ({ sessions, monthLabel }: Props) => {
  const { t } = useTranslation();
  const days = new Map<string, CalendarSessionDto[]>();
  for (const session of sessions) {
    const day = laPazDayOf(session.startsAt);
    days.set(day, [...(days.get(day) ?? []), session]);
  }
  const facilitators = (session: CalendarSessionDto) =>
    session.facilitators.length > 0 ? session.facilitators.map((f) => f.name).join(', ') : t('cohorts.section.unassigned');

  return (
    <div className="calendar-list">
      <div className="calendar-table">
        <DataTable
          caption={t('cohorts.calendar.listCaption', { month: monthLabel, count: sessions.length })}
          columns={[
            t('cohorts.calendar.columns.date'),
            t('cohorts.calendar.columns.time'),
            t('cohorts.calendar.columns.session'),
            t('cohorts.calendar.columns.course'),
            t('cohorts.calendar.columns.cohort'),
            t('cohorts.calendar.columns.venue'),
            t('cohorts.calendar.columns.facilitators'),
            t('cohorts.calendar.columns.conflict'),
          ]}
          isEmpty={sessions.length === 0}
          emptyText={t('cohorts.calendar.empty', { month: monthLabel })}
        >
          {sessions.map((session) => (
            <tr key={session.id}>
              <td className="nowrap">{shortDayDate(laPazDayOf(session.startsAt))}</td>
              <td className="nowrap">{sessionTimes(session, t)}</td>
              <th scope="row">{session.title}</th>
              <td>
                {session.course.code} {session.course.title}
              </td>
              <td className="nowrap">
                <Link to={`/cohortes/${session.cohort.id}`}>{session.cohort.label}</Link>
              </td>
              <td>{session.venue ?? t('common.none')}</td>
              <td>{facilitators(session)}</td>
              <td>{session.conflict ? <ConflictMark conflict /> : t('common.none')}</td>
            </tr>
          ))}
        </DataTable>
      </div>
      <section className="calendar-agenda" aria-labelledby="calendar-agenda-title">
        <h3 id="calendar-agenda-title" className="visually-hidden">
          {t('cohorts.calendar.listCaption', { month: monthLabel, count: sessions.length })}
        </h3>
        {sessions.length === 0 ? <p>{t('cohorts.calendar.empty', { month: monthLabel })}</p> : null}
        {[...days].map(([day, list]) => (
          <div key={day} className="calendar-agenda__day">
            <h4>{longDate(day)}</h4>
            <ul>
              {list.map((session) => (
                <li key={session.id}>
                  <p className="calendar-agenda__time">
                    {sessionTimes(session, t)} <ConflictMark conflict={session.conflict} />
                  </p>
                  <p>
                    <Link to={`/cohortes/${session.cohort.id}`}>
                      {session.course.code} {session.course.title} ({session.cohort.label})
                    </Link>
                  </p>
                  <p>{session.title}</p>
                  <p className="muted">
                    {[session.venue, facilitators(session)].filter(Boolean).join(' · ')}
                  </p>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </section>
    </div>
  );
};
