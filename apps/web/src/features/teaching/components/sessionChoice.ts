import { todayInLaPaz } from '../../../shared/format';

interface Session {
  id: string;
  startsAt: string;
}

const laPazDay = (instant: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'America/La_Paz', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(instant));

/** The session attendance opens on: today's (La Paz), else the most recent one that started, else the first. */
export const defaultSessionId = (sessions: readonly Session[], now = Date.now()): string | null => {
  if (sessions.length === 0) return null;
  const today = todayInLaPaz();
  const todays = sessions.find((session) => laPazDay(session.startsAt) === today);
  if (todays) return todays.id;
  const started = sessions.filter((session) => new Date(session.startsAt).getTime() <= now);
  return (started.at(-1) ?? sessions[0]).id;
};
