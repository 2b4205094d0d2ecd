import { useCallback, useEffect, useState } from 'react';
import type { SessionInfo } from '@haven/protocol';
import { fetchSessionInfo } from '../../services/api';

export type SessionInfoState =
  | { status: 'loading' }
  | { status: 'loaded'; info: SessionInfo }
  | { status: 'not-found' }
  | { status: 'unavailable' };

export function useSessionInfo(sessionId: string): {
  state: SessionInfoState;
  reload: () => void;
} {
  const [state, setState] = useState<SessionInfoState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    // A reload keeps showing what was loaded until the new answer is in, so the form keeps
    // what the person typed.
    const controller = new AbortController();
    void fetchSessionInfo(sessionId, controller.signal).then((result) => {
      if (controller.signal.aborted) return;
      setState(result.ok ? { status: 'loaded', info: result.info } : { status: result.reason });
    });
    return () => controller.abort();
  }, [sessionId, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { state, reload };
}
