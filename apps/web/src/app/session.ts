import type { SessionDto, UserDto } from './dto';

/**
 * The session lives in memory only: the access token here, the refresh token in an httpOnly
 * cookie the browser sends to /api/auth/*. React reads it through `useSession`
 * (useSyncExternalStore), the HTTP layer through `getAccessToken` and `refreshSession`.
 */
export type SessionStatus = 'loading' | 'authenticated' | 'anonymous';
/** Why the session ended, so the login page can say so. */
export type SessionEndReason = 'logout' | 'expired' | null;

export interface SessionState {
  status: SessionStatus;
  user: UserDto | null;
  endReason: SessionEndReason;
}

let accessToken: string | null = null;
let state: SessionState = { status: 'loading', user: null, endReason: null };
let refreshing: Promise<UserDto | null> | null = null;
const listeners = new Set<() => void>();

const setState = (next: SessionState) => {
  state = next;
  listeners.forEach((listener) => listener());
};

export const getAccessToken = (): string | null => accessToken;
export const getSessionState = (): SessionState => state;

export const subscribeSession = (listener: () => void): (() => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export const startSession = (session: SessionDto): void => {
  accessToken = session.accessToken;
  setState({ status: 'authenticated', user: session.user, endReason: null });
};

/** Replaces the signed-in user's data (after editing the own profile). */
export const updateSessionUser = (user: UserDto): void => {
  if (state.status === 'authenticated') setState({ ...state, user });
};

export const endSession = (reason: SessionEndReason): void => {
  accessToken = null;
  setState({ status: 'anonymous', user: null, endReason: reason });
};

/** Asks for a new access token with the refresh cookie; concurrent callers share one request. */
export const refreshSession = (): Promise<UserDto | null> => {
  refreshing ??= (async () => {
    const wasAuthenticated = state.status === 'authenticated';
    try {
      const response = await fetch('/api/auth/refresh', {
        method: 'POST',
        credentials: 'include',
        headers: { Accept: 'application/json' },
      });
      if (!response.ok) {
        endSession(wasAuthenticated ? 'expired' : null);
        return null;
      }
      const session = (await response.json()) as SessionDto;
      startSession(session);
      return session.user;
    } catch {
      endSession(wasAuthenticated ? 'expired' : null);
      return null;
    } finally {
      refreshing = null;
    }
  })();
  return refreshing;
};
