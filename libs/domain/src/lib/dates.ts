/**
 * Calendar dates and times of day in La Paz, shared by every feature. La Paz keeps UTC-4 all year
 * (no daylight saving), so its calendar arithmetic is plain offsets. Dates are yyyy-mm-dd text.
 */

/** ISO weekdays: 1 Monday … 7 Sunday. */
export const ISO_WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
export type IsoWeekday = (typeof ISO_WEEKDAYS)[number];

export const LA_PAZ_UTC_OFFSET = '-04:00';
const LA_PAZ_OFFSET_MS = -4 * 3600_000;
const DAY_MS = 86_400_000;

/** Milliseconds since the epoch of an instant given as ISO text, a number or a Date. */
export const toMs = (value: string | number | Date): number =>
  typeof value === 'number' ? value : typeof value === 'string' ? Date.parse(value) : value.getTime();

/** The La Paz calendar date (yyyy-mm-dd) of an instant. */
export const laPazDayOf = (instant: string | number | Date): string =>
  new Date(toMs(instant) + LA_PAZ_OFFSET_MS).toISOString().slice(0, 10);

/** The La Paz time of day (HH:MM) of an instant. */
export const laPazTimeOf = (instant: string | number | Date): string =>
  new Date(toMs(instant) + LA_PAZ_OFFSET_MS).toISOString().slice(11, 16);

/** The instant (ISO, UTC) of a La Paz date and time of day: `('2026-03-02', '08:30')` → `2026-03-02T12:30:00.000Z`. */
export const laPazInstant = (date: string, time = '00:00'): string => new Date(`${date}T${time}:00${LA_PAZ_UTC_OFFSET}`).toISOString();

/** Today's date in La Paz (yyyy-mm-dd). */
export const laPazToday = (now: Date = new Date()): string => laPazDayOf(now);

/** A calendar date moved by whole days. */
export const addDays = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

/** ISO weekday of a calendar date: 1 Monday … 7 Sunday. */
export const isoWeekday = (date: string): IsoWeekday => ((((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1) as IsoWeekday);

/** A real calendar date written yyyy-mm-dd (rejects 2026-02-30). */
export const isCalendarDate = (value: string): boolean =>
  /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && addDays(value, 0) === value;
