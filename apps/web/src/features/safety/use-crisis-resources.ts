import { useEffect, useState } from 'react';
import type { CrisisResourceList, ErrorCode } from '@haven/protocol';
import { callRoute } from '../../services/api';

export type LoadedResources =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'ready'; list: CrisisResourceList }
  | { kind: 'failed'; code: ErrorCode };

/**
 * The crisis resources in the reader's language, asked of the server only once `wanted` (Help
 * opened, or a moderator shared them): the page never fetches them just because someone is in
 * the room. Asked again when the language changes or on `retry`.
 */
export function useCrisisResources(
  groupId: string,
  locale: string,
  wanted: boolean,
): { loaded: LoadedResources; retry: () => void } {
  const [attempt, setAttempt] = useState(0);
  const [loaded, setLoaded] = useState<LoadedResources>({ kind: 'idle' });

  useEffect(() => {
    if (!wanted) return;
    const controller = new AbortController();
    setLoaded({ kind: 'loading' });
    void callRoute('me:crisis-resources', {
      params: { groupId, locale },
      signal: controller.signal,
    }).then((result) => {
      if (controller.signal.aborted) return;
      setLoaded(
        result.ok
          ? { kind: 'ready', list: result.data }
          : { kind: 'failed', code: result.error.code },
      );
    });
    return () => controller.abort();
  }, [groupId, locale, wanted, attempt]);

  return { loaded, retry: () => setAttempt((n) => n + 1) };
}
