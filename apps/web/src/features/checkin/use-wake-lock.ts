import { useEffect } from 'react';

/**
 * Keeps the venue tablet's screen on while the code is shown: a screen that dims after a minute
 * leaves people at the door with nothing to type. Where the browser cannot, nothing happens.
 */
export function useWakeLock(active: boolean): void {
  useEffect(() => {
    if (!active || !('wakeLock' in navigator)) return;
    let sentinel: WakeLockSentinel | null = null;
    let stopped = false;
    const request = () => {
      if (document.visibilityState !== 'visible') return;
      navigator.wakeLock.request('screen').then(
        (lock) => {
          if (stopped) void lock.release();
          else sentinel = lock;
        },
        () => undefined,
      );
    };
    // The browser lets go of the lock whenever the page is hidden; it is asked for again.
    document.addEventListener('visibilitychange', request);
    request();
    return () => {
      stopped = true;
      document.removeEventListener('visibilitychange', request);
      void sentinel?.release();
    };
  }, [active]);
}
