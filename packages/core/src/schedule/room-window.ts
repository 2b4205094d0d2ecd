/**
 * When a scheduled session's room lets people in. Participants from a little before the start
 * (the session's own choice, 15 minutes by default); moderators earlier, to open the room and
 * settle in. Rooms without a start time (opened on the spot) are open until ended.
 */
export const DEFAULT_OPENS_BEFORE_MIN = 15;
export const MAX_OPENS_BEFORE_MIN = 120;
export const STAFF_OPENS_BEFORE_MIN = 60;
/** After the planned end, newcomers are no longer let in; people inside stay. */
export const CLOSES_AFTER_END_MIN = 120;

export interface ScheduledRoom {
  /** Epoch ms; null: not scheduled, open now. */
  startsAt: number | null;
  durationMin: number;
  opensBeforeMin: number;
  cancelled: boolean;
}

export type RoomWindow =
  | { open: true }
  | { open: false; reason: 'cancelled' }
  | { open: false; reason: 'not-yet'; opensAt: number }
  | { open: false; reason: 'over' };

const MIN = 60_000;

export function roomWindow(room: ScheduledRoom, staff: boolean, now: number): RoomWindow {
  if (room.cancelled) return { open: false, reason: 'cancelled' };
  if (room.startsAt === null) return { open: true };
  const opensAt = room.startsAt - (staff ? STAFF_OPENS_BEFORE_MIN : room.opensBeforeMin) * MIN;
  if (now < opensAt) return { open: false, reason: 'not-yet', opensAt };
  // Staff may always come back in, say to read the room after a long session.
  if (!staff && now > room.startsAt + (room.durationMin + CLOSES_AFTER_END_MIN) * MIN)
    return { open: false, reason: 'over' };
  return { open: true };
}
