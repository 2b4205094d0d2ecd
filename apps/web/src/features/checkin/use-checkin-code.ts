import { useEffect, useState } from 'react';
import type { CheckinScreen, ErrorBody, ErrorCode } from '@haven/protocol';
import { staffCall } from '../staff/use-staff-session';
import { codeTiming, FAILED_RETRY_MS, stillAccepted, type CodeTiming } from './code-clock';

export type CodeState =
  | { kind: 'loading' }
  /** `failed`: the next code could not be fetched; this one is still accepted meanwhile. */
  | { kind: 'shown'; screen: CheckinScreen; timing: CodeTiming; failed: ErrorBody | null }
  /** `final`: asking again will not help (an online-only or cancelled session, no access). */
  | { kind: 'failed'; error: ErrorBody; final: boolean };

/** Refusals, not trouble on the way: the screen stops asking and says why. */
const FINAL: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'CONFLICT',
  'NOT_FOUND',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'INVALID_ARGUMENT',
]);

/**
 * The venue screen's current code, fetched again by a timer set for when it changes (and after
 * the tablet wakes), never by asking the server every second.
 */
export function useCheckinCode(groupId: string, sessionId: string) {
  const [state, setState] = useState<CodeState>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let controller: AbortController | null = null;
    let nextAt = Number.POSITIVE_INFINITY;
    let previous: string | null = null;
    let last: { screen: CheckinScreen; timing: CodeTiming } | null = null;

    const later = (at: number) => {
      clearTimeout(timer);
      nextAt = at;
      timer = setTimeout(() => void fetchCode(), Math.max(0, at - Date.now()));
    };

    async function fetchCode(): Promise<void> {
      clearTimeout(timer);
      nextAt = Number.POSITIVE_INFINITY;
      controller?.abort();
      const mine = new AbortController();
      controller = mine;
      const result = await staffCall('checkin:code', {
        params: { groupId, sessionId },
        signal: mine.signal,
      });
      if (stopped || controller !== mine) return;
      const receivedAt = Date.now();
      if (result.ok) {
        const timing = codeTiming(result.data.changesAt, receivedAt, previous);
        previous = result.data.changesAt;
        last = { screen: result.data, timing };
        setState({ kind: 'shown', ...last, failed: null });
        later(timing.refreshAt);
      } else if (FINAL.has(result.error.code)) {
        last = null;
        setState({ kind: 'failed', error: result.error, final: true });
      } else {
        if (last && stillAccepted(last.timing, receivedAt))
          setState({ kind: 'shown', ...last, failed: result.error });
        else setState({ kind: 'failed', error: result.error, final: false });
        later(receivedAt + FAILED_RETRY_MS);
      }
    }

    // A sleeping tablet's timers wait; on waking, a code that changed meanwhile is fetched now.
    const onVisible = () => {
      if (document.visibilityState === 'visible' && Date.now() >= nextAt) void fetchCode();
    };
    document.addEventListener('visibilitychange', onVisible);
    setState({ kind: 'loading' });
    void fetchCode();
    return () => {
      stopped = true;
      clearTimeout(timer);
      controller?.abort();
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [groupId, sessionId, attempt]);

  return { state, retry: () => setAttempt((n) => n + 1) };
}
