import { useSyncExternalStore } from 'react';
import { getSessionState, subscribeSession } from '../../../app/session';
import type { SessionState } from '../../../app/session';

/** The signed-in user and whether the session is still being restored. */
export const useSession = (): SessionState => useSyncExternalStore(subscribeSession, getSessionState);
