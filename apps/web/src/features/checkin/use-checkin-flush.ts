import { useEffect, useRef } from 'react';
import type { FlushedCheckin } from './checkin-queue';
import { checkinQueue } from './queued-checkins';

/**
 * Sends the check-ins waiting on this phone when the page opens and whenever the browser says
 * it is back online; `onReport` hears what became of them (while the page is still there).
 */
export function useCheckinFlush(onReport: (report: FlushedCheckin[]) => void, onOpen = true) {
  const latest = useRef(onReport);
  useEffect(() => {
    latest.current = onReport;
  });
  useEffect(() => {
    let current = true;
    const flush = () => {
      if (checkinQueue.pending().length === 0) return;
      void checkinQueue.flush().then((report) => {
        if (current && report.length > 0) latest.current(report);
      });
    };
    if (onOpen) flush();
    window.addEventListener('online', flush);
    return () => {
      current = false;
      window.removeEventListener('online', flush);
    };
  }, [onOpen]);
}
