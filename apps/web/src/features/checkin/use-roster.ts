import { useCallback, useEffect, useRef, useState } from 'react';
import type { ErrorBody, SessionRoster } from '@haven/protocol';
import { staffCall } from '../staff/use-staff-session';

/** People check in on their phones all the time at the start: the list follows on its own. */
export const ROSTER_REFRESH_MS = 10_000;

/**
 * The session's roster, loaded again every few seconds while the page is in view. A failed
 * refresh keeps the last list on screen (venue connections drop) and says so.
 */
export function useRoster(groupId: string, sessionId: string) {
  const [roster, setRoster] = useState<SessionRoster | null>(null);
  const [error, setError] = useState<ErrorBody | null>(null);
  const [attempt, setAttempt] = useState(0);
  // Bumped by every change's reply: a refresh sent before it would show the older list.
  const version = useRef(0);

  useEffect(() => {
    let stopped = false;
    let controller: AbortController | null = null;
    const load = async () => {
      if (document.visibilityState === 'hidden') return;
      controller?.abort();
      const mine = new AbortController();
      controller = mine;
      const started = version.current;
      const result = await staffCall('checkin:roster', {
        params: { groupId, sessionId },
        signal: mine.signal,
      });
      if (stopped || controller !== mine || started !== version.current) return;
      if (result.ok) setRoster(result.data);
      setError(result.ok ? null : result.error);
    };
    const onVisible = () => void load();
    void load();
    const timer = setInterval(() => void load(), ROSTER_REFRESH_MS);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      stopped = true;
      clearInterval(timer);
      controller?.abort();
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [groupId, sessionId, attempt]);

  /** Takes the roster a change replied with. */
  const replace = useCallback((next: SessionRoster) => {
    version.current += 1;
    setRoster(next);
    setError(null);
  }, []);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { roster, error, replace, reload };
}
