import { useEffect, useState } from 'react';

/**
 * The time now, read again every `intervalMs` while `active` (a countdown on screen); when
 * nothing counts down, nothing re-renders.
 */
export function useNow(active: boolean, intervalMs = 1_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [active, intervalMs]);
  return now;
}
