import { describe, expect, it } from 'vitest';
import { repeatLabel } from './repeat-label';

describe('repeatLabel', () => {
  it('names the weekday of the first date', () => {
    expect(repeatLabel('weekly', '2026-03-03', 'en')).toEqual({
      key: 'weekly',
      weekday: 'Tuesday',
    });
    expect(repeatLabel('biweekly', '2026-03-07', 'en')).toEqual({
      key: 'biweekly',
      weekday: 'Saturday',
    });
    expect(repeatLabel('weekly', '2026-03-03', 'ar')).toEqual({
      key: 'weekly',
      weekday: 'الثلاثاء',
    });
  });

  it('names the weekday’s place in the month for monthly choices', () => {
    expect(repeatLabel('monthly', '2026-03-03', 'en')).toEqual({
      key: 'monthly',
      weekday: 'Tuesday',
      ordinal: '1',
    });
    expect(repeatLabel('monthly', '2026-02-24', 'en')).toMatchObject({ ordinal: '4' });
    expect(repeatLabel('monthly-last', '2026-02-24', 'en')).toMatchObject({ ordinal: 'last' });
    expect(repeatLabel('monthly', '2026-03-31', 'en')).toMatchObject({ ordinal: 'last' });
  });

  it('uses the plain names while there is no date', () => {
    expect(repeatLabel('none', '', 'en')).toEqual({ key: 'none' });
    expect(repeatLabel('weekly', '', 'en')).toEqual({ key: 'weeklyPlain' });
    expect(repeatLabel('monthly-last', '2026-02-30', 'en')).toEqual({ key: 'monthlyPlain' });
  });
});
