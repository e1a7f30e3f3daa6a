import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { laPazDayOf, laPazTimeOf, monthGrid } from '@campus/domain';
import { TableWrap } from '../../../shared/TableWrap';
import type { CalendarSessionDto } from '../api/types';
import { longDate, weekdayNames } from './cohortFormat';

interface Props {
  year: number;
  month: number;
  monthLabel: string;
  today: string;
  sessions: CalendarSessionDto[];
}

/** A month as a table of weeks (Monday first); each day lists its sessions as links to their cohort. */
export const MonthCalendar = ({ year, month, monthLabel, today, sessions }: Props) => {
  const { t } = useTranslation();
  const long = weekdayNames('long');
  const short = weekdayNames('short');
  const byDay = new Map<string, CalendarSessionDto[]>();
  for (const session of sessions) {
    const day = laPazDayOf(session.startsAt);
    byDay.set(day, [...(byDay.get(day) ?? []), session]);
  }
  return (
    <div className="month-grid-wrap">
      <TableWrap label={t('cohorts.calendar.gridCaption', { month: monthLabel })}>
        <table className="month-grid">
          <caption className="visually-hidden">{t('cohorts.calendar.gridCaption', { month: monthLabel })}</caption>
          <thead>
            <tr>
              {long.map((name, index) => (
                <th key={name} scope="col">
                  <abbr title={name}>{short[index]}</abbr>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {monthGrid(year, month).map((week) => (
              <tr key={week[0].date}>
                {week.map((day) => {
                  const list = byDay.get(day.date) ?? [];
                  const isToday = day.date === today;
                  const classes = [day.inMonth ? '' : 'month-grid__out', isToday ? 'month-grid__today' : ''].filter(Boolean).join(' ');
                  return (
                    <td key={day.date} className={classes || undefined} aria-current={isToday ? 'date' : undefined}>
                      <span className="month-grid__day">
                        <span aria-hidden="true">{Number(day.date.slice(8, 10))}</span>
                        <span className="visually-hidden">
                          {longDate(day.date)}
                          {isToday ? ` (${t('cohorts.calendar.todayMark')})` : ''}
                          {list.length > 0 ? `, ${t('cohorts.calendar.sessionsOfDay', { count: list.length })}` : ''}
                        </span>
                      </span>
                      {list.length > 0 ? (
                        <ul className="month-grid__sessions">
                          {list.map((session) => (
                            <li key={session.id}>
                              <Link to={`/cohortes/${session.cohort.id}`} className={session.conflict ? 'month-grid__conflict' : undefined}>
                                {laPazTimeOf(session.startsAt)} {session.course.code} · {session.title}
                                <span className="visually-hidden">
                                  {`, ${session.course.title}, ${session.cohort.label}`}
                                </span>
                                {session.conflict ? (
                                  <>
                                    {' '}
                                    <span className="conflict-mark" title={t('cohorts.calendar.conflictLong')}>
                                      ⚠ {t('cohorts.calendar.conflict')}
                                    </span>
                                  </>
                                ) : null}
                              </Link>
                            </li>
                          ))}
                        </ul>
                      ) : null}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </div>
  );
};
