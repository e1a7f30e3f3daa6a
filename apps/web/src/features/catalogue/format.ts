import { intlLocale } from '../../i18n';

const formatters = new Map<string, Intl.DateTimeFormat>();
const formatter = (key: string, options: Intl.DateTimeFormatOptions) => {
  const full = `${intlLocale()}|${key}`;
  let found = formatters.get(full);
  if (!found) {
    found = new Intl.DateTimeFormat(intlLocale(), { ...options, timeZone: 'America/La_Paz' });
    formatters.set(full, found);
  }
  return found;
};

/** The La Paz day of a session, with its weekday: "mar., 9 dic. 2026". */
export const formatSessionDay = (isoInstant: string): string =>
  formatter('day', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }).format(
    new Date(isoInstant),
  );

/** The La Paz hours of a session: "18:30–21:00". */
export const formatSessionTime = (startsAt: string, endsAt: string): string => {
  const time = formatter('time', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  return `${time.format(new Date(startsAt))}–${time.format(new Date(endsAt))}`;
};
