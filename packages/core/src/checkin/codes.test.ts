import { describe, expect, it } from 'vitest';
import {
  CODE_WINDOW_MS,
  acceptedWindows,
  checkEntryTime,
  codeChangesAt,
  codeWindow,
  enteredOnServerClock,
} from './codes';

const START = Date.parse('2026-11-26T18:00:00Z');
const session = { startsAt: START, endsAt: START + 90 * 60_000 };

describe('check-in codes', () => {
  it('change every window; a code from the window before is still accepted', () => {
    const at = START + 10 * CODE_WINDOW_MS + 5_000;
    expect(codeWindow(at)).toBe(codeWindow(START + 10 * CODE_WINDOW_MS));
    expect(codeChangesAt(at)).toBe((codeWindow(at) + 1) * CODE_WINDOW_MS);
    expect(acceptedWindows(at)).toEqual([codeWindow(at), codeWindow(at) - 1]);
  });

  it('measures the wait on the phone, so a phone clock hours off still gives the right moment', () => {
    const now = START + 30 * 60_000;
    const phoneOff = -3 * 3_600_000;
    const typed = now - 20 * 60_000 + phoneOff;
    const sent = now + phoneOff;
    expect(enteredOnServerClock(typed, sent, now)).toBe(now - 20 * 60_000);
    expect(enteredOnServerClock(sent + 5_000, sent, now)).toBe(now);
  });

  it('believes a queued entry time only when it is past, recent and around the session', () => {
    const now = START + 30 * 60_000;
    expect(checkEntryTime(now - 20 * 60_000, now, session)).toEqual({ ok: true });
    expect(checkEntryTime(now + 30_000, now, session)).toEqual({ ok: true });
    expect(checkEntryTime(now + 5 * 60_000, now, session)).toEqual({
      ok: false,
      reason: 'in-the-future',
    });
    expect(checkEntryTime(now - 4 * 3_600_000, now, session)).toMatchObject({
      reason: 'too-old',
    });
    expect(checkEntryTime(START - 2 * 3_600_000, now, session)).toMatchObject({
      reason: 'outside-session',
    });
  });
});
