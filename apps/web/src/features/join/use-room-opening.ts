import { useEffect, useState } from 'react';
import type { SessionInfo } from '@haven/protocol';
import { nextCheckMs, roomOpening, type RoomOpening } from '../schedule/room-opening';
import { browserTimeZone } from '../schedule/time-zones';

/**
 * Whether a scheduled session's room is open now, looked at again when it opens: someone who
 * keeps the page open sees "opens at 17:45" give way to the join form by itself.
 */
export function useRoomOpening(schedule: SessionInfo['schedule']): RoomOpening | null {
  const [now, setNow] = useState(() => Date.now());
  const opening = schedule ? roomOpening(schedule, now, browserTimeZone()) : null;
  const wait = opening ? nextCheckMs(opening, now) : null;
  useEffect(() => {
    if (wait === null) return;
    const timer = setTimeout(() => setNow(Date.now()), wait);
    return () => clearTimeout(timer);
  }, [wait, now]);
  return opening;
}
