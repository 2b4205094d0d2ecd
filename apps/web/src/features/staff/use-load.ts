import { useCallback, useEffect, useRef, useState } from 'react';
import type { ErrorBody, Result } from '@haven/protocol';

export type LoadState<T> =
  { status: 'loading' } | { status: 'ready'; data: T } | { status: 'failed'; error: ErrorBody };

/**
 * Loads something for a page, again whenever `key` changes or `reload` is called. A reload
 * keeps showing the last data until the new arrives; a failure shows as such until then.
 */
export function useLoad<T>(key: string, load: (signal: AbortSignal) => Promise<Result<T>>) {
  const [state, setState] = useState<LoadState<T>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const latest = useRef(load);
  useEffect(() => {
    latest.current = load;
  });

  useEffect(() => {
    const controller = new AbortController();
    setState((current) => (current.status === 'failed' ? { status: 'loading' } : current));
    void latest.current(controller.signal).then((result) => {
      if (controller.signal.aborted) return;
      setState(
        result.ok
          ? { status: 'ready', data: result.data }
          : { status: 'failed', error: result.error },
      );
    });
    return () => controller.abort();
  }, [key, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  /** Takes data the page already has (a change's reply) without asking the server again. */
  const update = useCallback(
    (change: (data: T) => T) =>
      setState((current) =>
        current.status === 'ready' ? { status: 'ready', data: change(current.data) } : current,
      ),
    [],
  );
  return { state, reload, update };
}
