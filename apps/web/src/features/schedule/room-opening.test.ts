import { describe, expect, it } from 'vitest';
import { nextCheckMs, roomOpening } from './room-opening';

const schedule = {
  startsAt: '2026-03-03T18:00:00.000Z',
  endsAt: '2026-03-03T19:30:00.000Z',
  opensAt: '2026-03-03T17:45:00.000Z',
  cancelled: false,
};
const at = (iso: string) => Date.parse(iso);

describe('roomOpening', () => {
  it('says when the room opens, on the same day or another', () => {
    expect(roomOpening(schedule, at('2026-03-03T09:00:00Z'), 'UTC')).toEqual({
      kind: 'not-yet',
      opensAt: schedule.opensAt,
      sameDay: true,
    });
    expect(roomOpening(schedule, at('2026-03-02T20:00:00Z'), 'UTC')).toMatchObject({
      kind: 'not-yet',
      sameDay: false,
    });
    // 20:00 UTC on the 2nd is already the 3rd in Kabul.
    expect(roomOpening(schedule, at('2026-03-02T20:00:00Z'), 'Asia/Kabul')).toMatchObject({
      sameDay: true,
    });
  });

  it('is open from the opening time on', () => {
    expect(roomOpening(schedule, at(schedule.opensAt), 'UTC')).toEqual({ kind: 'open' });
    expect(roomOpening(schedule, at('2026-03-03T19:00:00Z'), 'UTC')).toEqual({ kind: 'open' });
  });

  it('says a cancelled session is cancelled, whatever the time', () => {
    const cancelled = { ...schedule, cancelled: true };
    expect(roomOpening(cancelled, at('2026-03-03T09:00:00Z'), 'UTC')).toEqual({
      kind: 'cancelled',
    });
  });
});

describe('nextCheckMs', () => {
  it('looks again at the opening, at most a minute ahead', () => {
    const now = at('2026-03-03T17:44:30Z');
    expect(nextCheckMs(roomOpening(schedule, now, 'UTC'), now)).toBe(30_000);
    const early = at('2026-03-03T09:00:00Z');
    expect(nextCheckMs(roomOpening(schedule, early, 'UTC'), early)).toBe(60_000);
    expect(nextCheckMs({ kind: 'open' }, early)).toBeNull();
  });
});
