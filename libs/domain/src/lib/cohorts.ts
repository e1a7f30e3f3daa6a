/**
 * Cohorts and their dated sessions: date rules, La Paz calendar arithmetic, weekly series,
 * double-booking detection and the month grid of the calendar. Shared by the API (which enforces
 * the rules) and the SPA (which checks early and draws the calendar).
 */
import { intervalsOverlap, normaliseAnswer } from './catalogue';
import { addDays, daysBetween, isoWeekday, laPazDayOf, laPazInstant, toMs } from './dates';
import type { Role } from './roles';

/** Who schedules and edits cohorts; facilitators read the cohorts they teach. */
export const COHORT_EDITOR_ROLES = ['admin', 'coordinator'] as const satisfies readonly Role[];
/** Who sees cohorts and the calendar at all (facilitators only their own cohorts). */
export const COHORT_READER_ROLES = ['admin', 'coordinator', 'facilitator'] as const satisfies readonly Role[];

/** Paralelo: `A`, `B`, `2`, `NOCHE`: upper-case letters and digits, up to 8. */
export const PARALLEL_PATTERN = /^[A-Z0-9]{1,8}$/;
export const COHORT_CAPACITY_MIN = 1;
export const COHORT_CAPACITY_MAX = 10000;
/** A session longer than this is almost certainly a typing mistake (a whole day of workshops is 8–10 h). */
export const MAX_SESSION_HOURS = 12;
/** The longest range the calendar returns at once (a 6-week month grid fits well within). */
export const MAX_CALENDAR_RANGE_DAYS = 62;
/** The most sessions one weekly series may add. */
export const MAX_SERIES_SESSIONS = 200;
/** Time of day, 24 h: `08:30`. */
export const TIME_OF_DAY_PATTERN = /^(?:[01]\d|2[0-3]):[0-5]\d$/;

export interface CohortDates {
  startsOn: string;
  endsOn: string;
  enrolmentOpensOn: string;
  enrolmentClosesOn: string;
}

export interface CohortDateProblem {
  field: keyof CohortDates;
  code: 'endsBeforeStart' | 'closesBeforeOpens' | 'opensAfterEnd' | 'closesAfterEnd';
}

/**
 * What is wrong with a cohort's dates, if anything: it cannot end before it starts, its enrolment
 * window cannot close before it opens, and enrolment must open and close before the cohort ends
 * (late enrolment during the course is allowed).
 */
export const cohortDateProblems = (dates: CohortDates): CohortDateProblem[] => {
  const problems: CohortDateProblem[] = [];
  if (dates.endsOn < dates.startsOn) problems.push({ field: 'endsOn', code: 'endsBeforeStart' });
  if (dates.enrolmentClosesOn < dates.enrolmentOpensOn) problems.push({ field: 'enrolmentClosesOn', code: 'closesBeforeOpens' });
  if (dates.enrolmentOpensOn > dates.endsOn) problems.push({ field: 'enrolmentOpensOn', code: 'opensAfterEnd' });
  else if (dates.enrolmentClosesOn > dates.endsOn) problems.push({ field: 'enrolmentClosesOn', code: 'closesAfterEnd' });
  return problems;
};

export interface SessionTimes {
  startsAt: string;
  endsAt: string;
}

export interface SessionProblem {
  field: 'startsAt' | 'endsAt';
  code: 'endsBeforeStart' | 'tooLong' | 'beforeCohort' | 'afterCohort';
}

/** The La Paz date a session ends on (a session ending at midnight ends on the day before). */
const lastDayOf = (session: SessionTimes): string => laPazDayOf(toMs(session.endsAt) - 1);

/**
 * What is wrong with a session of a cohort, if anything: it must end after it starts, last at most
 * MAX_SESSION_HOURS, and fall within the cohort's dates (La Paz days).
 */
export const sessionProblems = (session: SessionTimes, cohort: Pick<CohortDates, 'startsOn' | 'endsOn'>): SessionProblem[] => {
  const problems: SessionProblem[] = [];
  const start = toMs(session.startsAt);
  const end = toMs(session.endsAt);
  if (end <= start) problems.push({ field: 'endsAt', code: 'endsBeforeStart' });
  else if (end - start > MAX_SESSION_HOURS * 3600_000) problems.push({ field: 'endsAt', code: 'tooLong' });
  const firstDay = laPazDayOf(start);
  if (firstDay < cohort.startsOn) problems.push({ field: 'startsAt', code: 'beforeCohort' });
  else if (firstDay > cohort.endsOn) problems.push({ field: 'startsAt', code: 'afterCohort' });
  else if (end > start && lastDayOf(session) > cohort.endsOn) problems.push({ field: 'endsAt', code: 'afterCohort' });
  return problems;
};

/** How many sessions would fall before the start or after the end of new cohort dates. */
export const sessionsOutsideDates = (
  sessions: readonly SessionTimes[],
  dates: Pick<CohortDates, 'startsOn' | 'endsOn'>,
): { before: number; after: number } => ({
  before: sessions.filter((s) => laPazDayOf(s.startsAt) < dates.startsOn).length,
  after: sessions.filter((s) => lastDayOf(s) > dates.endsOn).length,
});

export interface WeeklySeries {
  /** First and last day of the series (yyyy-mm-dd, inclusive). */
  from: string;
  to: string;
  weekdays: readonly number[];
  /** La Paz times of day (HH:MM). */
  startTime: string;
  endTime: string;
}

export interface WeeklySeriesProblem {
  field: 'from' | 'to' | 'weekdays' | 'startTime' | 'endTime';
  code: 'endsBeforeStart' | 'beforeCohort' | 'afterCohort' | 'tooLong' | 'empty' | 'tooMany';
}

/** The sessions of a weekly series: every chosen weekday from `from` to `to`, at the same La Paz times. */
export const weeklySeriesSessions = (series: WeeklySeries): SessionTimes[] => {
  const sessions: SessionTimes[] = [];
  const days = daysBetween(series.from, series.to);
  for (let offset = 0; offset <= days && sessions.length <= MAX_SERIES_SESSIONS; offset += 1) {
    const date = addDays(series.from, offset);
    if (series.weekdays.includes(isoWeekday(date))) {
      sessions.push({ startsAt: laPazInstant(date, series.startTime), endsAt: laPazInstant(date, series.endTime) });
    }
  }
  return sessions;
};

/** What is wrong with a weekly series for a cohort, if anything. */
export const weeklySeriesProblems = (series: WeeklySeries, cohort: Pick<CohortDates, 'startsOn' | 'endsOn'>): WeeklySeriesProblem[] => {
  const problems: WeeklySeriesProblem[] = [];
  if (series.to < series.from) problems.push({ field: 'to', code: 'endsBeforeStart' });
  if (series.from < cohort.startsOn) problems.push({ field: 'from', code: 'beforeCohort' });
  if (series.to > cohort.endsOn) problems.push({ field: 'to', code: 'afterCohort' });
  const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
  if (series.endTime <= series.startTime) problems.push({ field: 'endTime', code: 'endsBeforeStart' });
  else if (minutes(series.endTime) - minutes(series.startTime) > MAX_SESSION_HOURS * 60) problems.push({ field: 'endTime', code: 'tooLong' });
  if (problems.some((p) => p.field === 'to' && p.code === 'endsBeforeStart')) return problems;
  const count = weeklySeriesSessions(series).length;
  if (count === 0) problems.push({ field: 'weekdays', code: 'empty' });
  else if (count > MAX_SERIES_SESSIONS) problems.push({ field: 'to', code: 'tooMany' });
  return problems;
};

/** Venues compare without case, accents or extra spaces: "Aula EGM 1" is "aula egm  1". */
export const normaliseVenue = (venue: string | null | undefined): string | null => {
  if (!venue) return null;
  return normaliseAnswer(venue) || null;
};

/** A session as the double-booking check sees it: its cohort's facilitators and its effective venue. */
export interface ScheduledSession {
  id: string;
  cohortId: string;
  startsAt: string;
  endsAt: string;
  /** The session's venue, or its cohort's when it has none. */
  venue: string | null;
  facilitatorIds: readonly string[];
  /** An online cohort's venue is a virtual room (a platform, a link): it hosts any number of sessions. */
  online?: boolean;
}

export type ConflictKind = 'facilitator' | 'venue';
export const CONFLICT_KINDS = ['facilitator', 'venue'] as const satisfies readonly ConflictKind[];

export interface SessionConflict {
  kind: ConflictKind;
  sessionId: string;
  otherSessionId: string;
  /** The facilitator booked twice (kind `facilitator`). */
  facilitatorId: string | null;
}

/**
 * Double bookings of `subjects` against `others`: a session of another cohort that overlaps in time
 * (half-open: one ending when the other starts is fine) and shares a facilitator (one conflict per
 * shared facilitator) or the same venue (rooms only: online cohorts' virtual venues never clash).
 * Both lists may be the same list. Callers leave cancelled cohorts out.
 */
export const findConflicts = (subjects: readonly ScheduledSession[], others: readonly ScheduledSession[]): SessionConflict[] => {
  const sorted = [...others]
    .map((session) => ({ session, start: toMs(session.startsAt), end: toMs(session.endsAt), venue: session.online ? null : normaliseVenue(session.venue) }))
    .sort((a, b) => a.start - b.start);
  const conflicts: SessionConflict[] = [];
  for (const subject of subjects) {
    const span = { start: toMs(subject.startsAt), end: toMs(subject.endsAt) };
    const venue = subject.online ? null : normaliseVenue(subject.venue);
    for (const other of sorted) {
      if (other.start >= span.end) break;
      if (other.session.cohortId === subject.cohortId || !intervalsOverlap(span, other)) continue;
      for (const facilitatorId of subject.facilitatorIds) {
        if (other.session.facilitatorIds.includes(facilitatorId)) {
          conflicts.push({ kind: 'facilitator', sessionId: subject.id, otherSessionId: other.session.id, facilitatorId });
        }
      }
      if (venue && venue === other.venue) {
        conflicts.push({ kind: 'venue', sessionId: subject.id, otherSessionId: other.session.id, facilitatorId: null });
      }
    }
  }
  return conflicts;
};

/** A stable key of a conflict, to tell new ones from those that existed already. */
export const conflictKey = (conflict: SessionConflict): string =>
  `${conflict.kind}|${conflict.sessionId}|${conflict.otherSessionId}|${conflict.facilitatorId ?? ''}`;

export interface CalendarDay {
  date: string;
  /** Whether the day belongs to the month shown (the grid pads with days of the months around). */
  inMonth: boolean;
}

/** The first and last day of the weeks (Monday first) that cover a month (`month` 1–12). */
export const monthGridRange = (year: number, month: number): { from: string; to: string } => {
  const first = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`;
  const last = addDays(month === 12 ? `${String(year + 1).padStart(4, '0')}-01-01` : `${first.slice(0, 5)}${String(month + 1).padStart(2, '0')}-01`, -1);
  return { from: addDays(first, 1 - isoWeekday(first)), to: addDays(last, 7 - isoWeekday(last)) };
};

/** A month as weeks of seven days, Monday first, padded with the days of the months around. */
export const monthGrid = (year: number, month: number): CalendarDay[][] => {
  const { from, to } = monthGridRange(year, month);
  const prefix = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
  const weeks: CalendarDay[][] = [];
  for (let offset = 0; offset <= daysBetween(from, to); offset += 1) {
    const date = addDays(from, offset);
    if (offset % 7 === 0) weeks.push([]);
    weeks[weeks.length - 1].push({ date, inMonth: date.startsWith(prefix) });
  }
  return weeks;
};
