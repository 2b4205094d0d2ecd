import { useEffect, useState } from 'react';
import type { Notice } from '../room/session-controller';

export const NOTICE_VISIBLE_MS = 8_000;

/** The latest notice, until it has been on screen long enough to read. */
export function useFreshNotice(notice: Notice | null): Notice | null {
  const [expiredSerial, setExpiredSerial] = useState<number | null>(null);
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => setExpiredSerial(notice.serial), NOTICE_VISIBLE_MS);
    return () => clearTimeout(timer);
  }, [notice]);
  return notice && notice.serial !== expiredSerial ? notice : null;
}
