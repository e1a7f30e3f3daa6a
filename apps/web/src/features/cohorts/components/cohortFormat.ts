import type { TFunction } from 'i18next';
import { laPazDayOf, laPazTimeOf } from '@campus/domain';
import { intlLocale } from '../../../i18n';
import { formatDate } from '../../../shared/format';

interface Timed {
  startsAt: string;
  endsAt: string;
}

/** The La Paz date of a session, formatted for people. */
export const sessionDate = (session: Timed): string => formatDate(laPazDayOf(session.startsAt));

/** "08:30 a 12:00" in La Paz time. */
export const sessionTimes = (session: Timed, t: TFunction): string =>
  t('cohorts.timeRange', { start: laPazTimeOf(session.startsAt), end: laPazTimeOf(session.endsAt) });

/** "2 mar 2026, 08:30 a 12:00". */
export const sessionWhen = (session: Timed, t: TFunction): string => `${sessionDate(session)}, ${sessionTimes(session, t)}`;

export const dateRange = (from: string, to: string, t: TFunction): string =>
  t('cohorts.range', { from: formatDate(from), to: formatDate(to) });

/** Weekday names, Monday first, in the interface language (from Intl: es-BO "lunes"…). */
export const weekdayNames = (style: 'long' | 'short' = 'long'): string[] => {
  const format = new Intl.DateTimeFormat(intlLocale(), { weekday: style, timeZone: 'UTC' });
  // 1 January 2024 was a Monday.
  return Array.from({ length: 7 }, (_, i) => format.format(new Date(Date.UTC(2024, 0, 1 + i))));
};

/** "Marzo de 2026" (capitalised as a heading). */
export const monthName = (year: number, month: number): string => {
  const name = new Intl.DateTimeFormat(intlLocale(), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, 1)));
  return name.charAt(0).toLocaleUpperCase(intlLocale()) + name.slice(1);
};

/** Short date with weekday, for lists within a month: "mié, 2 dic". */
export const shortDayDate = (date: string): string =>
  new Intl.DateTimeFormat(intlLocale(), { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));

/** Long date with weekday, for a calendar day: "lunes, 2 de marzo de 2026". */
export const longDate = (date: string): string =>
  new Intl.DateTimeFormat(intlLocale(), { dateStyle: 'full', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
