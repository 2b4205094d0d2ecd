import { useCallback, useEffect, useState } from 'react';
import type { ErrorBody, SessionInfo } from '@haven/protocol';
import { callRoute } from '../../services/api';
import { deviceTokens } from '../../services/device';
import { resolveEntry, type Entry, type EntryDeps } from './entry';

export type EntryState =
  | { status: 'loading' }
  | { status: 'ready'; entry: Entry }
  | { status: 'failed'; error: ErrorBody };

export const entryDeps: EntryDeps = { call: callRoute, devices: deviceTokens };

/**
 * How this browser may enter the session's group, looked up again whenever the session info is
 * (re)loaded. A new lookup keeps showing the last answer until it has its own, so the form keeps
 * what the person typed.
 */
export function useEntry(session: SessionInfo | null): {
  state: EntryState;
  settle: (entry: Entry) => void;
} {
  const [state, setState] = useState<EntryState>({ status: 'loading' });

  useEffect(() => {
    if (!session) return;
    const controller = new AbortController();
    // After a failure, say that it is trying again rather than keep showing the failure.
    setState((current) => (current.status === 'failed' ? { status: 'loading' } : current));
    void resolveEntry(session, entryDeps, controller.signal).then((result) => {
      if (controller.signal.aborted) return;
      setState(
        result.ok
          ? { status: 'ready', entry: result.data }
          : { status: 'failed', error: result.error },
      );
    });
    return () => controller.abort();
  }, [session]);

  /** Takes an answer the page already has (a request to join that awaits approval). */
  const settle = useCallback((entry: Entry) => setState({ status: 'ready', entry }), []);
  return { state, settle };
}
