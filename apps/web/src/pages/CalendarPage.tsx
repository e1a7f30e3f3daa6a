import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { addDays, COHORT_EDITOR_ROLES, laPazDayOf, monthGridRange } from '@campus/domain';
import { useHasRole } from '../features/auth/hooks/useHasRole';
import { downloadCalendarIcs } from '../features/cohorts/api/cohortsApi';
import type { CalendarRange } from '../features/cohorts/api/cohortsApi';
import { CalendarSessionsTable } from '../features/cohorts/components/CalendarSessionsTable';
import { monthName } from '../features/cohorts/components/cohortFormat';
import '../features/cohorts/components/cohorts.css';
import { MonthCalendar } from '../features/cohorts/components/MonthCalendar';
import { useCalendarSessions } from '../features/cohorts/hooks/useCalendarSessions';
import { Alert } from '../shared/Alert';
import { CheckboxField } from '../shared/Field';
import { todayInLaPaz } from '../shared/format';
import { PageTitle } from '../shared/PageTitle';
import { LoadError, Loading } from '../shared/QueryStatus';
import { saveFile } from '../shared/download';

const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

const shiftMonth = (month: string, delta: number): string => {
  const date = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1 + delta, 1));
  return date.toISOString().slice(0, 7);
};

/**
 * The sessions calendar: a month grid (Monday first) with a list of the same sessions beside it;
 * facilitators see their own cohorts, coordinators every cohort or only theirs.
 */
export const CalendarPage = () => {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const canSeeAll = useHasRole(...COHORT_EDITOR_ROLES);
  const [downloadFailed, setDownloadFailed] = useState(false);
  const today = todayInLaPaz();
  const month = MONTH_PATTERN.test(params.get('mes') ?? '') ? String(params.get('mes')) : today.slice(0, 7);
  const year = Number(month.slice(0, 4));
  const monthNumber = Number(month.slice(5, 7));
  const view = params.get('vista') === 'lista' ? 'list' : 'month';
  const mine = canSeeAll && params.get('mias') === '1';
  const grid = monthGridRange(year, monthNumber);
  const range: CalendarRange = { from: grid.from, to: grid.to, ...(mine ? { mine: true } : {}) };
  const sessions = useCalendarSessions(range);
  const label = monthName(year, monthNumber);
  const inMonth = (sessions.data ?? []).filter((session) => laPazDayOf(session.startsAt).startsWith(month));

  const update = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value === null) next.delete(key);
      else next.set(key, value);
    }
    setParams(next, { replace: true });
  };

  const download = async () => {
    setDownloadFailed(false);
    try {
      const lastDay = addDays(`${shiftMonth(month, 1)}-01`, -1);
      const blob = await downloadCalendarIcs({ from: `${month}-01`, to: lastDay, ...(mine ? { mine: true } : {}) });
      saveFile(blob, `sesiones-${month}.ics`);
    } catch {
      setDownloadFailed(true);
    }
  };

  return (
    <>
      <PageTitle title={t('cohorts.calendar.title')} />
      <p className="lead">{t('cohorts.calendar.intro')}</p>
      {canSeeAll ? (
        <CheckboxField
          label={t('cohorts.calendar.onlyMine')}
          name="mine"
          checked={mine}
          onChange={(event) => update({ mias: event.currentTarget.checked ? '1' : null })}
        />
      ) : (
        <p className="muted">{t('cohorts.calendar.facilitatorScope')}</p>
      )}
      <div className={view === 'month' ? 'calendar calendar--month' : 'calendar'}>
        <div className="calendar-toolbar">
          <h2 id="calendar-month" aria-live="polite">
            {label}
          </h2>
          <nav className="calendar-nav" aria-label={t('cohorts.calendar.navigation')}>
            <button type="button" className="button button--secondary button--small" onClick={() => update({ mes: shiftMonth(month, -1) })}>
              ← {t('cohorts.calendar.previous')}
            </button>
            <button type="button" className="button button--secondary button--small" onClick={() => update({ mes: null })} disabled={month === today.slice(0, 7)}>
              {t('cohorts.calendar.today')}
            </button>
            <button type="button" className="button button--secondary button--small" onClick={() => update({ mes: shiftMonth(month, 1) })}>
              {t('cohorts.calendar.next')} →
            </button>
          </nav>
          <div className="calendar-toggle" role="group" aria-label={t('cohorts.calendar.view')}>
            <button type="button" className="button button--secondary button--small" aria-pressed={view === 'month'} onClick={() => update({ vista: null })}>
              {t('cohorts.calendar.monthView')}
            </button>
            <button type="button" className="button button--secondary button--small" aria-pressed={view === 'list'} onClick={() => update({ vista: 'lista' })}>
              {t('cohorts.calendar.listView')}
            </button>
          </div>
        </div>
        {sessions.isError ? (
          <LoadError error={sessions.error} onRetry={() => void sessions.refetch()} />
        ) : sessions.isPending ? (
          <Loading />
        ) : (
          <>
            <MonthCalendar year={year} month={monthNumber} monthLabel={label} today={today} sessions={sessions.data ?? []} />
            <CalendarSessionsTable sessions={inMonth} monthLabel={label} />
          </>
        )}
      </div>
      {inMonth.length > 0 ? (
        <p>
          <button type="button" className="button button--secondary" onClick={() => void download()}>
            {t('cohorts.calendar.download')}
          </button>
        </p>
      ) : null}
      {downloadFailed ? <Alert kind="error">{t('cohorts.calendar.downloadFailed')}</Alert> : null}
    </>
  );
};
