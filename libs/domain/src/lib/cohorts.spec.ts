import {
  cohortDateProblems,
  conflictKey,
  findConflicts,
  MAX_SERIES_SESSIONS,
  monthGrid,
  monthGridRange,
  normaliseVenue,
  PARALLEL_PATTERN,
  sessionProblems,
  sessionsOutsideDates,
  weeklySeriesProblems,
  weeklySeriesSessions,
} from './cohorts';
import type { ScheduledSession } from './cohorts';
import { addDays, daysBetween, isCalendarDate, isoWeekday, laPazDayOf, laPazInstant, laPazTimeOf } from './dates';

const dates = { startsOn: '2026-03-02', endsOn: '2026-03-31', enrolmentOpensOn: '2026-02-01', enrolmentClosesOn: '2026-03-06' };

describe('La Paz calendar arithmetic', () => {
  it('reads instants as La Paz dates and times (UTC-4 all year)', () => {
    expect(laPazDayOf('2026-03-03T03:59:00Z')).toBe('2026-03-02');
    expect(laPazDayOf('2026-03-03T04:00:00Z')).toBe('2026-03-03');
    expect(laPazTimeOf('2026-03-02T12:30:00Z')).toBe('08:30');
    expect(laPazInstant('2026-03-02', '08:30')).toBe('2026-03-02T12:30:00.000Z');
    expect(laPazInstant('2026-12-31', '22:00')).toBe('2027-01-01T02:00:00.000Z');
  });

  it('counts days, weekdays and real dates', () => {
    expect(addDays('2026-02-27', 2)).toBe('2026-03-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(daysBetween('2026-01-01', '2026-03-03')).toBe(61);
    expect(daysBetween('2026-03-03', '2026-03-01')).toBe(-2);
    expect(isoWeekday('2026-03-02')).toBe(1); // Monday
    expect(isoWeekday('2026-03-08')).toBe(7); // Sunday
    expect(isCalendarDate('2026-02-28')).toBe(true);
    expect(isCalendarDate('2026-02-30')).toBe(false);
    expect(isCalendarDate('2026-2-3')).toBe(false);
  });

  it('accepts upper-case letters and digits as paralelo', () => {
    expect(PARALLEL_PATTERN.test('A')).toBe(true);
    expect(PARALLEL_PATTERN.test('NOCHE2')).toBe(true);
    expect(PARALLEL_PATTERN.test('a')).toBe(false);
    expect(PARALLEL_PATTERN.test('ABCDEFGHI')).toBe(false);
    expect(PARALLEL_PATTERN.test('')).toBe(false);
  });
});

describe('cohort dates', () => {
  it('accepts consistent dates, including one-day cohorts and enrolment up to the last day', () => {
    expect(cohortDateProblems(dates)).toEqual([]);
    expect(cohortDateProblems({ startsOn: '2026-03-02', endsOn: '2026-03-02', enrolmentOpensOn: '2026-03-02', enrolmentClosesOn: '2026-03-02' })).toEqual([]);
  });

  it('names the field of each problem', () => {
    expect(cohortDateProblems({ ...dates, endsOn: '2026-03-01' })).toEqual([
      { field: 'endsOn', code: 'endsBeforeStart' },
      { field: 'enrolmentClosesOn', code: 'closesAfterEnd' },
    ]);
    expect(cohortDateProblems({ ...dates, enrolmentClosesOn: '2026-01-31' })).toEqual([{ field: 'enrolmentClosesOn', code: 'closesBeforeOpens' }]);
    expect(cohortDateProblems({ ...dates, enrolmentOpensOn: '2026-04-01', enrolmentClosesOn: '2026-04-02' })).toEqual([
      { field: 'enrolmentOpensOn', code: 'opensAfterEnd' },
    ]);
    expect(cohortDateProblems({ ...dates, enrolmentClosesOn: '2026-04-01' })).toEqual([{ field: 'enrolmentClosesOn', code: 'closesAfterEnd' }]);
  });
});

describe('sessions of a cohort', () => {
  const at = (date: string, time: string) => laPazInstant(date, time);

  it('accepts a session within the cohort, on its first and last day', () => {
    expect(sessionProblems({ startsAt: at('2026-03-02', '08:00'), endsAt: at('2026-03-02', '12:00') }, dates)).toEqual([]);
    expect(sessionProblems({ startsAt: at('2026-03-31', '19:00'), endsAt: at('2026-03-31', '23:59') }, dates)).toEqual([]);
  });

  it('refuses sessions that end before they start, last too long or fall outside the cohort (La Paz days)', () => {
    expect(sessionProblems({ startsAt: at('2026-03-03', '10:00'), endsAt: at('2026-03-03', '10:00') }, dates)).toEqual([
      { field: 'endsAt', code: 'endsBeforeStart' },
    ]);
    expect(sessionProblems({ startsAt: at('2026-03-03', '07:00'), endsAt: at('2026-03-03', '19:01') }, dates)).toEqual([
      { field: 'endsAt', code: 'tooLong' },
    ]);
    expect(sessionProblems({ startsAt: at('2026-03-03', '07:00'), endsAt: at('2026-03-03', '19:00') }, dates)).toEqual([]);
    // 23:00 on 1 March in La Paz is 03:00 UTC on 2 March: still the day before the cohort starts.
    expect(sessionProblems({ startsAt: '2026-03-02T03:00:00Z', endsAt: '2026-03-02T05:00:00Z' }, dates)).toEqual([
      { field: 'startsAt', code: 'beforeCohort' },
    ]);
    expect(sessionProblems({ startsAt: at('2026-04-01', '08:00'), endsAt: at('2026-04-01', '10:00') }, dates)).toEqual([
      { field: 'startsAt', code: 'afterCohort' },
    ]);
    expect(sessionProblems({ startsAt: at('2026-03-31', '22:00'), endsAt: at('2026-04-01', '01:00') }, dates)).toEqual([
      { field: 'endsAt', code: 'afterCohort' },
    ]);
  });

  it('counts sessions that new cohort dates would leave outside', () => {
    const sessions = [
      { startsAt: at('2026-03-02', '08:00'), endsAt: at('2026-03-02', '10:00') },
      { startsAt: at('2026-03-10', '08:00'), endsAt: at('2026-03-10', '10:00') },
      { startsAt: at('2026-03-31', '08:00'), endsAt: at('2026-03-31', '10:00') },
    ];
    expect(sessionsOutsideDates(sessions, { startsOn: '2026-03-02', endsOn: '2026-03-31' })).toEqual({ before: 0, after: 0 });
    expect(sessionsOutsideDates(sessions, { startsOn: '2026-03-03', endsOn: '2026-03-30' })).toEqual({ before: 1, after: 1 });
  });
});

describe('weekly series', () => {
  const series = { from: '2026-03-02', to: '2026-03-15', weekdays: [1, 3], startTime: '18:30', endTime: '21:00' };

  it('makes one session per chosen weekday at the same La Paz times', () => {
    expect(weeklySeriesSessions(series)).toEqual([
      { startsAt: '2026-03-02T22:30:00.000Z', endsAt: '2026-03-03T01:00:00.000Z' },
      { startsAt: '2026-03-04T22:30:00.000Z', endsAt: '2026-03-05T01:00:00.000Z' },
      { startsAt: '2026-03-09T22:30:00.000Z', endsAt: '2026-03-10T01:00:00.000Z' },
      { startsAt: '2026-03-11T22:30:00.000Z', endsAt: '2026-03-12T01:00:00.000Z' },
    ]);
    expect(weeklySeriesProblems(series, dates)).toEqual([]);
    // The evening sessions end after midnight UTC but stay on their La Paz day: all inside the cohort.
    for (const session of weeklySeriesSessions(series)) expect(sessionProblems(session, dates)).toEqual([]);
  });

  it('names the field of each problem', () => {
    expect(weeklySeriesProblems({ ...series, to: '2026-03-01' }, dates)).toEqual([{ field: 'to', code: 'endsBeforeStart' }]);
    expect(weeklySeriesProblems({ ...series, from: '2026-03-01' }, dates)).toEqual([{ field: 'from', code: 'beforeCohort' }]);
    expect(weeklySeriesProblems({ ...series, to: '2026-04-01' }, dates)).toEqual([{ field: 'to', code: 'afterCohort' }]);
    expect(weeklySeriesProblems({ ...series, endTime: '18:30' }, dates)).toEqual([{ field: 'endTime', code: 'endsBeforeStart' }]);
    expect(weeklySeriesProblems({ ...series, startTime: '07:00', endTime: '19:30' }, dates)).toEqual([{ field: 'endTime', code: 'tooLong' }]);
    expect(weeklySeriesProblems({ ...series, from: '2026-03-03', to: '2026-03-03' }, dates)).toEqual([{ field: 'weekdays', code: 'empty' }]);
    const long = { from: '2020-01-01', to: '2026-12-31', weekdays: [1, 2, 3, 4, 5], startTime: '08:00', endTime: '09:00' };
    expect(weeklySeriesProblems(long, { startsOn: '2020-01-01', endsOn: '2026-12-31' })).toEqual([{ field: 'to', code: 'tooMany' }]);
    expect(weeklySeriesSessions(long).length).toBe(MAX_SERIES_SESSIONS + 1);
  });
});

describe('double bookings', () => {
  const session = (overrides: Partial<ScheduledSession> & { id: string }): ScheduledSession => ({
    cohortId: 'c1',
    startsAt: '2026-03-02T12:00:00Z',
    endsAt: '2026-03-02T14:00:00Z',
    venue: null,
    facilitatorIds: [],
    ...overrides,
  });

  it('compares venues without case, accents or extra spaces', () => {
    expect(normaliseVenue('  Aula EGM 1 ')).toBe(normaliseVenue('aula egm  1'));
    expect(normaliseVenue('Auditorio Municipal')).toBe(normaliseVenue('AUDITÓRIO   municipal'));
    expect(normaliseVenue('   ')).toBeNull();
    expect(normaliseVenue(null)).toBeNull();
  });

  it('finds a shared facilitator in overlapping sessions of another cohort', () => {
    const mine = session({ id: 's1', facilitatorIds: ['ana', 'luis'] });
    const other = session({ id: 's2', cohortId: 'c2', startsAt: '2026-03-02T13:00:00Z', endsAt: '2026-03-02T15:00:00Z', facilitatorIds: ['luis'] });
    expect(findConflicts([mine], [other])).toEqual([{ kind: 'facilitator', sessionId: 's1', otherSessionId: 's2', facilitatorId: 'luis' }]);
  });

  it('finds the same venue however it is written', () => {
    const mine = session({ id: 's1', venue: 'Aula EGM 1' });
    const other = session({ id: 's2', cohortId: 'c2', venue: 'aula egm  1' });
    expect(findConflicts([mine], [other])).toEqual([{ kind: 'venue', sessionId: 's1', otherSessionId: 's2', facilitatorId: null }]);
  });

  it('never counts a virtual venue of an online cohort as double-booked, but still its facilitators', () => {
    const mine = session({ id: 's1', venue: 'Plataforma virtual', online: true, facilitatorIds: ['ana'] });
    const other = session({ id: 's2', cohortId: 'c2', venue: 'plataforma  virtual', online: true, facilitatorIds: ['ana'] });
    expect(findConflicts([mine], [other]).map(conflictKey)).toEqual(['facilitator|s1|s2|ana']);
    expect(findConflicts([{ ...mine, facilitatorIds: [] }], [{ ...other, online: false }])).toEqual([]);
  });

  it('reports both kinds, one per shared facilitator', () => {
    const mine = session({ id: 's1', venue: 'Aula 2', facilitatorIds: ['ana', 'luis'] });
    const other = session({ id: 's2', cohortId: 'c2', venue: 'AULA 2', facilitatorIds: ['luis', 'ana'] });
    expect(findConflicts([mine], [other]).map(conflictKey)).toEqual(['facilitator|s1|s2|ana', 'facilitator|s1|s2|luis', 'venue|s1|s2|']);
  });

  it('ignores back-to-back sessions, other venues and facilitators, and the same cohort', () => {
    const mine = session({ id: 's1', venue: 'Aula 1', facilitatorIds: ['ana'] });
    expect(findConflicts([mine], [session({ id: 's2', cohortId: 'c2', startsAt: '2026-03-02T14:00:00Z', endsAt: '2026-03-02T16:00:00Z', venue: 'Aula 1', facilitatorIds: ['ana'] })])).toEqual([]);
    expect(findConflicts([mine], [session({ id: 's3', cohortId: 'c2', startsAt: '2026-03-02T10:00:00Z', endsAt: '2026-03-02T12:00:00Z', venue: 'Aula 1', facilitatorIds: ['ana'] })])).toEqual([]);
    expect(findConflicts([mine], [session({ id: 's4', cohortId: 'c2', venue: 'Aula 10', facilitatorIds: ['luis'] })])).toEqual([]);
    expect(findConflicts([mine], [session({ id: 's5', cohortId: 'c1', venue: 'Aula 1', facilitatorIds: ['ana'] })])).toEqual([]);
    expect(findConflicts([session({ id: 's6' })], [session({ id: 's7', cohortId: 'c2' })])).toEqual([]);
  });

  it('works on one list against itself, whatever its order', () => {
    const sessions = [
      session({ id: 'late', cohortId: 'c2', startsAt: '2026-03-02T13:00:00Z', endsAt: '2026-03-02T18:00:00Z', venue: 'Aula 1' }),
      session({ id: 'early', venue: 'aula 1' }),
      session({ id: 'elsewhere', cohortId: 'c3', startsAt: '2026-03-03T13:00:00Z', endsAt: '2026-03-03T18:00:00Z', venue: 'Aula 1' }),
    ];
    expect(findConflicts(sessions, sessions).map((c) => `${c.sessionId}>${c.otherSessionId}`).sort()).toEqual(['early>late', 'late>early']);
  });
});

describe('month grid', () => {
  it('covers the month in whole weeks, Monday first', () => {
    // March 2026 starts on a Sunday and ends on a Tuesday.
    expect(monthGridRange(2026, 3)).toEqual({ from: '2026-02-23', to: '2026-04-05' });
    const weeks = monthGrid(2026, 3);
    expect(weeks).toHaveLength(6);
    expect(weeks.every((week) => week.length === 7)).toBe(true);
    expect(weeks[0][0]).toEqual({ date: '2026-02-23', inMonth: false });
    expect(weeks[0][6]).toEqual({ date: '2026-03-01', inMonth: true });
    expect(weeks[5][1]).toEqual({ date: '2026-03-31', inMonth: true });
    expect(weeks.flat().filter((day) => day.inMonth)).toHaveLength(31);
  });

  it('handles December and a February that fits four weeks', () => {
    expect(monthGridRange(2026, 12)).toEqual({ from: '2026-11-30', to: '2027-01-03' });
    expect(monthGrid(2027, 2)).toHaveLength(4); // 1 Feb 2027 is a Monday, 28 Feb a Sunday
  });
});
