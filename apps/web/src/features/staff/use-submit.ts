import { useCallback, useRef, useState } from 'react';
import type { ErrorBody, Result } from '@haven/protocol';
import { useMounted } from '../../ui/use-mounted';

export type SubmitState<T> =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'failed'; error: ErrorBody }
  | { kind: 'done'; data: T };

/** One change sent at a time: a second press while the first is on its way does nothing. */
export function useSubmit<T>() {
  const [state, setState] = useState<SubmitState<T>>({ kind: 'idle' });
  const busy = useRef(false);
  const mounted = useMounted();

  const run = useCallback(
    async (action: () => Promise<Result<T>>): Promise<Result<T> | null> => {
      if (busy.current) return null;
      busy.current = true;
      setState({ kind: 'busy' });
      const result = await action();
      busy.current = false;
      if (!mounted.current) return null;
      setState(
        result.ok ? { kind: 'done', data: result.data } : { kind: 'failed', error: result.error },
      );
      return result;
    },
    [mounted],
  );
  const reset = useCallback(() => setState({ kind: 'idle' }), []);
  return { state, run, reset, busy: state.kind === 'busy' };
}
