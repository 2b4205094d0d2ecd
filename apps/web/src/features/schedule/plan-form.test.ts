import { describe, expect, it } from 'vitest';
import { CreateSeriesRequest, UpdateScheduledSessionRequest } from '@haven/protocol';
import { MAX_COUNT } from '@haven/core/schedule';
import { checkMove, checkPlanDraft, COUNT_MAX, newPlanDraft, type PlanDraft } from './plan-form';

const NOW = '2026-03-02T12:00';
const draft = (change: Partial<PlanDraft> = {}): PlanDraft => ({
  ...newPlanDraft('2026-03-02'),
  title: ' Tuesday circle ',
  date: '2026-03-03',
  time: '18:00',
  ...change,
});

describe('checkPlanDraft', () => {
  it('gives a request the server accepts for a single online session', () => {
    const check = checkPlanDraft(draft(), NOW);
    expect(check).toEqual({
      ok: true,
      value: {
        title: 'Tuesday circle',
        firstStart: '2026-03-03T18:00',
        recurrence: null,
        durationMin: 90,
        format: 'online',
        venue: null,
        capacity: null,
        opensBeforeMin: 15,
        moderatorIds: [],
      },
    });
    expect(check.ok && CreateSeriesRequest.safeParse(check.value).success).toBe(true);
  });

  it('starts as a one-off online session of 90 minutes, opening 15 minutes before', () => {
    expect(newPlanDraft('2026-03-02')).toMatchObject({
      date: '2026-03-02',
      time: '',
      repeat: 'none',
      duration: '90',
      format: 'online',
      capacity: '',
      opensBefore: '15',
    });
  });

  it('builds the rule of a repeating series with its end', () => {
    const weekly = checkPlanDraft(
      draft({ repeat: 'weekly', endKind: 'after', endCount: '6' }),
      NOW,
    );
    expect(weekly.ok && weekly.value.recurrence).toBe('FREQ=WEEKLY;BYDAY=TU;COUNT=6');
    const monthly = checkPlanDraft(
      draft({ repeat: 'monthly', endKind: 'on', endDate: '2026-12-31' }),
      NOW,
    );
    expect(monthly.ok && monthly.value.recurrence).toBe('FREQ=MONTHLY;BYDAY=1TU;UNTIL=20261231');
    const open = checkPlanDraft(draft({ repeat: 'biweekly', endKind: 'never' }), NOW);
    expect(open.ok && open.value.recurrence).toBe('FREQ=WEEKLY;INTERVAL=2;BYDAY=TU');
    expect(open.ok && CreateSeriesRequest.safeParse(open.value).success).toBe(true);
  });

  it('ignores the end of a session that does not repeat', () => {
    const check = checkPlanDraft(draft({ endKind: 'on', endDate: 'garbage' }), NOW);
    expect(check.ok && check.value.recurrence).toBeNull();
  });

  it('sends a venue for in-person and hybrid sessions, and requires its name and address', () => {
    const hybrid = checkPlanDraft(
      draft({
        format: 'hybrid',
        venueName: ' Community hall ',
        venueAddress: '12 Main Street',
        venueAccess: '',
        capacity: '10',
        duration: '60',
        opensBefore: '0',
        moderatorIds: ['st2'],
      }),
      NOW,
    );
    expect(hybrid.ok && hybrid.value).toMatchObject({
      format: 'hybrid',
      venue: { name: 'Community hall', address: '12 Main Street', accessNotes: '' },
      capacity: 10,
      durationMin: 60,
      opensBeforeMin: 0,
      moderatorIds: ['st2'],
    });
    expect(hybrid.ok && CreateSeriesRequest.safeParse(hybrid.value).success).toBe(true);
    expect(checkPlanDraft(draft({ format: 'in_person' }), NOW)).toEqual({
      ok: false,
      errors: { venueName: { kind: 'required' }, venueAddress: { kind: 'required' } },
    });
  });

  it('drops a venue typed before switching back to online', () => {
    const check = checkPlanDraft(draft({ format: 'online', venueName: 'Hall' }), NOW);
    expect(check.ok && check.value.venue).toBeNull();
  });

  it('says which fields are missing or out of bounds', () => {
    const check = checkPlanDraft(
      draft({
        title: ' ',
        date: '2026-02-30',
        time: '',
        duration: '5',
        capacity: '1',
        opensBefore: '121',
        repeat: 'weekly',
        endKind: 'after',
        endCount: '0',
      }),
      NOW,
    );
    expect(check).toEqual({
      ok: false,
      errors: {
        title: { kind: 'required' },
        date: { kind: 'date' },
        time: { kind: 'required' },
        endCount: { kind: 'wholeNumber', min: 1, max: COUNT_MAX },
        duration: { kind: 'wholeNumber', min: 15, max: 480 },
        capacity: { kind: 'wholeNumber', min: 2, max: 50 },
        opensBefore: { kind: 'wholeNumber', min: 0, max: 120 },
      },
    });
  });

  it('refuses a series that ends before it starts', () => {
    const check = checkPlanDraft(
      draft({ repeat: 'weekly', endKind: 'on', endDate: '2026-03-01' }),
      NOW,
    );
    expect(check).toEqual({ ok: false, errors: { endDate: { kind: 'beforeStart' } } });
  });

  it('refuses a single session in the past, but lets a series begin in the past', () => {
    expect(checkPlanDraft(draft({ date: '2026-03-01' }), NOW)).toEqual({
      ok: false,
      errors: { date: { kind: 'past' } },
    });
    expect(checkPlanDraft(draft({ date: '2026-03-02', time: '11:30' }), NOW)).toEqual({
      ok: false,
      errors: { time: { kind: 'past' } },
    });
    const series = checkPlanDraft(draft({ date: '2026-02-24', repeat: 'weekly' }), NOW);
    expect(series.ok && series.value.firstStart).toBe('2026-02-24T18:00');
  });

  it('bounds the number of sessions as the server does', () => {
    expect(COUNT_MAX).toBe(MAX_COUNT);
  });
});

describe('checkMove', () => {
  it('gives the new start on the group’s clock', () => {
    const check = checkMove('2026-03-04', '19:30:00', NOW);
    expect(check).toEqual({ ok: true, value: { start: '2026-03-04T19:30' } });
    expect(check.ok && UpdateScheduledSessionRequest.safeParse(check.value).success).toBe(true);
  });

  it('refuses a time that has passed or is not a time', () => {
    expect(checkMove('2026-03-02', '09:00', NOW)).toEqual({
      ok: false,
      errors: { time: { kind: 'past' } },
    });
    expect(checkMove('', 'noon', NOW)).toEqual({
      ok: false,
      errors: { date: { kind: 'required' }, time: { kind: 'time' } },
    });
  });
});
