import { useCallback, useEffect, useRef, useState } from 'react';
import { progressQueue } from '../api/progressQueue';

const SAVE_EVERY_MS = 30_000;

/**
 * Measures the time spent in an activity while the page is visible, starting from what the server
 * already has, and saves the TOTAL when the activity opens, every 30 s, when the page is hidden or
 * left, and when another activity opens. Returns a function that reads the current total.
 */
export const useActivityTimer = (enrolmentId: string, activityId: string, baseSeconds: number | null, enabled: boolean) => {
  // The server's total when the activity opened (later refetches do not restart the count).
  const [base, setBase] = useState<number | null>(baseSeconds);
  if (base === null && baseSeconds !== null) setBase(baseSeconds);
  const reader = useRef<() => number>(() => 0);

  useEffect(() => {
    if (!enabled || base === null) return;
    let seconds = base;
    let last = Date.now();
    let visible = document.visibilityState === 'visible';
    const tick = () => {
      const now = Date.now();
      if (visible) seconds += (now - last) / 1000;
      last = now;
      return Math.round(seconds);
    };
    reader.current = tick;
    const send = () => {
      progressQueue.save(enrolmentId, activityId, { timeSpentSeconds: tick() }).catch(() => undefined);
    };
    progressQueue.save(enrolmentId, activityId, { status: 'in_progress', timeSpentSeconds: Math.round(seconds) }).catch(() => undefined);
    const interval = setInterval(send, SAVE_EVERY_MS);
    const onVisibility = () => {
      tick();
      visible = document.visibilityState === 'visible';
      if (!visible) send();
    };
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', send);
    return () => {
      clearInterval(interval);
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', send);
      send();
    };
  }, [enrolmentId, activityId, enabled, base]);

  return useCallback(() => reader.current(), []);
};
