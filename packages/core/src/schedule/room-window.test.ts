import { describe, expect, it } from 'vitest';
import { roomWindow, type ScheduledRoom } from './room-window';

const MIN = 60_000;
const START = Date.UTC(2026, 10, 26, 18, 0);
const room: ScheduledRoom = {
  startsAt: START,
  durationMin: 90,
  opensBeforeMin: 15,
  cancelled: false,
};

describe('when a room lets people in', () => {
  it('opens for participants shortly before the start, for moderators earlier', () => {
    expect(roomWindow(room, false, START - 16 * MIN)).toEqual({
      open: false,
      reason: 'not-yet',
      opensAt: START - 15 * MIN,
    });
    expect(roomWindow(room, false, START - 15 * MIN)).toEqual({ open: true });
    expect(roomWindow(room, true, START - 59 * MIN)).toEqual({ open: true });
    expect(roomWindow(room, true, START - 61 * MIN)).toMatchObject({ reason: 'not-yet' });
  });

  it('stops letting participants in well after the planned end; staff may still come back', () => {
    const late = START + (90 + 121) * MIN;
    expect(roomWindow(room, false, START + 200 * MIN)).toEqual({ open: true });
    expect(roomWindow(room, false, late)).toEqual({ open: false, reason: 'over' });
    expect(roomWindow(room, true, late)).toEqual({ open: true });
  });

  it('keeps everyone out of a cancelled session, and an unscheduled room is open', () => {
    expect(roomWindow({ ...room, cancelled: true }, true, START)).toEqual({
      open: false,
      reason: 'cancelled',
    });
    expect(roomWindow({ ...room, startsAt: null }, false, 0)).toEqual({ open: true });
  });
});
