import { laterProgressStatus } from '@campus/domain';
import { isApiError } from '../../../app/http';
import { learningApi } from './learningApi';
import type { SavedProgressDto, SaveProgressRequest } from './types';

/**
 * Progress saves that survive a flaky connection. Writes for the same activity are merged (the
 * later status, the larger total time, the latest position) and sent one at a time; a write that
 * fails for the network or the server is retried with a growing pause (1 s … 60 s). Pending writes
 * also live in localStorage, so a page left offline sends them on the next visit or when the
 * connection returns. The server's upsert only moves forward, so resending is harmless.
 */
const STORAGE_KEY = 'campus-egm.pending-progress';
const MAX_DELAY_MS = 60_000;

interface Pending {
  enrolmentId: string;
  activityId: string;
  body: SaveProgressRequest;
}

export type ProgressEvent =
  | { kind: 'saved'; enrolmentId: string; activityId: string; result: SavedProgressDto }
  | { kind: 'retrying'; enrolmentId: string; activityId: string }
  | { kind: 'failed'; enrolmentId: string; activityId: string; error: unknown };

const keyOf = (enrolmentId: string, activityId: string) => `${enrolmentId}|${activityId}`;
const pending = new Map<string, Pending>();
const waiting = new Map<string, { resolve: (result: SavedProgressDto) => void; reject: (error: unknown) => void }[]>();
const listeners = new Set<(event: ProgressEvent) => void>();
let sending = false;
let attempt = 0;
let timer: ReturnType<typeof setTimeout> | null = null;

const merge = (current: SaveProgressRequest | undefined, next: SaveProgressRequest): SaveProgressRequest => {
  if (!current) return next;
  const status = (current.status && next.status ? laterProgressStatus(current.status, next.status) : (next.status ?? current.status)) as
    | SaveProgressRequest['status']
    | undefined;
  return {
    ...(status ? { status } : {}),
    timeSpentSeconds: Math.max(current.timeSpentSeconds ?? 0, next.timeSpentSeconds ?? 0),
    ...((next.position ?? current.position) ? { position: next.position ?? current.position } : {}),
  };
};

const persist = () => {
  try {
    if (pending.size === 0) localStorage.removeItem(STORAGE_KEY);
    else localStorage.setItem(STORAGE_KEY, JSON.stringify([...pending.values()]));
  } catch {
    // Private mode or full storage: the writes stay in memory.
  }
};

const emit = (event: ProgressEvent) => listeners.forEach((listener) => listener(event));

/** Network trouble, a timeout, too many requests or a server error: worth sending again. */
const retriable = (error: unknown) => !isApiError(error) || error.status === 0 || error.status === 408 || error.status === 429 || error.status >= 500;

const schedule = (delay: number) => {
  if (timer) clearTimeout(timer);
  timer = setTimeout(() => {
    timer = null;
    void flush();
  }, delay);
};

const flush = async (): Promise<void> => {
  if (sending) return;
  sending = true;
  try {
    while (pending.size > 0) {
      const [key, entry] = pending.entries().next().value as [string, Pending];
      try {
        const result = await learningApi.saveProgress(entry.enrolmentId, entry.activityId, entry.body);
        // A newer write may have been merged meanwhile: keep it for the next round.
        if (pending.get(key) === entry) pending.delete(key);
        persist();
        attempt = 0;
        waiting.get(key)?.forEach((w) => w.resolve(result));
        waiting.delete(key);
        emit({ kind: 'saved', enrolmentId: entry.enrolmentId, activityId: entry.activityId, result });
      } catch (error) {
        if (retriable(error)) {
          attempt += 1;
          emit({ kind: 'retrying', enrolmentId: entry.enrolmentId, activityId: entry.activityId });
          schedule(Math.min(MAX_DELAY_MS, 1000 * 2 ** (attempt - 1)));
          return;
        }
        // Refused (e.g. the course has finished): sending it again would not help.
        if (pending.get(key) === entry) pending.delete(key);
        persist();
        waiting.get(key)?.forEach((w) => w.reject(error));
        waiting.delete(key);
        emit({ kind: 'failed', enrolmentId: entry.enrolmentId, activityId: entry.activityId, error });
      }
    }
  } finally {
    sending = false;
  }
};

export const progressQueue = {
  /** Queues a write (merged with any pending one of the same activity); resolves when it is saved. */
  save(enrolmentId: string, activityId: string, body: SaveProgressRequest): Promise<SavedProgressDto> {
    const key = keyOf(enrolmentId, activityId);
    pending.set(key, { enrolmentId, activityId, body: merge(pending.get(key)?.body, body) });
    persist();
    const promise = new Promise<SavedProgressDto>((resolve, reject) => {
      waiting.set(key, [...(waiting.get(key) ?? []), { resolve, reject }]);
    });
    if (!timer) void flush();
    return promise;
  },
  /** Sends what is pending now (e.g. when the connection returns). */
  retryNow(): void {
    attempt = 0;
    if (timer) clearTimeout(timer);
    timer = null;
    void flush();
  },
  hasPending: (): boolean => pending.size > 0,
  subscribe(listener: (event: ProgressEvent) => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  /** Picks up the writes a previous visit left in localStorage. */
  restore(): void {
    try {
      const stored = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '[]') as Pending[];
      for (const entry of Array.isArray(stored) ? stored : []) {
        if (!entry?.enrolmentId || !entry.activityId || typeof entry.body !== 'object') continue;
        const key = keyOf(entry.enrolmentId, entry.activityId);
        pending.set(key, { ...entry, body: merge(pending.get(key)?.body, entry.body) });
      }
    } catch {
      localStorage.removeItem(STORAGE_KEY);
    }
    if (pending.size > 0) void flush();
  },
};

if (typeof window !== 'undefined') {
  window.addEventListener('online', () => progressQueue.retryNow());
  // Whatever a previous visit could not send goes out as soon as a learning page loads.
  progressQueue.restore();
}
