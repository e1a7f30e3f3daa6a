import { intlLocale } from '../i18n';

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.DisplayNames>();
const cached = <T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.DisplayNames>(key: string, make: () => T): T => {
  const fullKey = `${intlLocale()}|${key}`;
  let formatter = cache.get(fullKey) as T | undefined;
  if (!formatter) {
    formatter = make();
    cache.set(fullKey, formatter);
  }
  return formatter;
};

/** A calendar date as the API sends it (yyyy-mm-dd), shown without time-zone shifts. */
export const formatDate = (isoDate: string | null | undefined): string => {
  if (!isoDate) return '—';
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return cached('date', () => new Intl.DateTimeFormat(intlLocale(), { dateStyle: 'medium', timeZone: 'UTC' })).format(date);
};

/** An instant (ISO timestamp), shown in La Paz time. */
export const formatDateTime = (isoInstant: string | null | undefined): string => {
  if (!isoInstant) return '—';
  const date = new Date(isoInstant);
  if (Number.isNaN(date.getTime())) return isoInstant;
  return cached(
    'datetime',
    () => new Intl.DateTimeFormat(intlLocale(), { dateStyle: 'medium', timeStyle: 'short', timeZone: 'America/La_Paz' }),
  ).format(date);
};

export const formatNumber = (value: number): string =>
  cached('number', () => new Intl.NumberFormat(intlLocale())).format(value);

/** Country name from an ISO 3166 alpha-2 code ("BO" → "Bolivia"). */
export const countryName = (code: string): string => {
  try {
    return cached('region', () => new Intl.DisplayNames([intlLocale()], { type: 'region' })).of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
};

/** Today's date in La Paz as yyyy-mm-dd. */
export const todayInLaPaz = (): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'America/La_Paz', year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(),
  );

/** An instant to the second, in La Paz time (e.g. an audit log entry). */
export const formatDateTimeSeconds = (isoInstant: string | null | undefined): string => {
  if (!isoInstant) return '—';
  const date = new Date(isoInstant);
  if (Number.isNaN(date.getTime())) return isoInstant;
  return cached(
    'datetime-seconds',
    () => new Intl.DateTimeFormat(intlLocale(), { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'America/La_Paz' }),
  ).format(date);
};
