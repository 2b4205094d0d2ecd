import { describe, expect, it } from 'vitest';
import type { SessionAttendance } from '@haven/protocol';
import { niceScale, pixelStack, stackBars, SUPPRESSED_DRAWN_AS, toPixels } from './chart-scale';

const session = (figures: Partial<SessionAttendance>): SessionAttendance => ({
  sessionId: 's1',
  title: 'Tuesday circle',
  startsAt: '2026-03-03T17:00:00.000Z',
  online: 0,
  inPerson: 0,
  headcount: 0,
  total: 0,
  returning: 0,
  new: 0,
  rsvpGoing: 0,
  moodIn: null,
  moodOut: null,
  ...figures,
});

describe('stackBars', () => {
  it('stacks in person, online and headcount from the baseline', () => {
    const [bar] = stackBars([session({ inPerson: 6, online: 7, headcount: 5, total: 18 })]);
    expect(bar?.segments).toEqual([
      { part: 'inPerson', shown: 6, from: 0, to: 6, suppressed: false },
      { part: 'online', shown: 7, from: 6, to: 13, suppressed: false },
      { part: 'headcount', shown: 5, from: 13, to: 18, suppressed: false },
    ]);
    expect(bar?.top).toBe(18);
    expect(bar?.total).toBe(18);
  });

  it('draws "<5" as a placeholder as tall as it may be, marked as such', () => {
    const [bar] = stackBars([session({ inPerson: 9, online: '<5', total: 12 })]);
    expect(bar?.segments).toEqual([
      { part: 'inPerson', shown: 9, from: 0, to: 9, suppressed: false },
      {
        part: 'online',
        shown: '<5',
        from: 9,
        to: 9 + SUPPRESSED_DRAWN_AS,
        suppressed: true,
      },
    ]);
  });

  it('leaves out parts with nobody, and keeps a session nobody came to as an empty bar', () => {
    const [some, none] = stackBars([
      session({ online: 8, total: 8 }),
      session({ sessionId: 's2' }),
    ]);
    expect(some?.segments.map((s) => s.part)).toEqual(['online']);
    expect(none?.segments).toEqual([]);
    expect(none?.top).toBe(0);
  });

  it('keeps the sessions in order', () => {
    const bars = stackBars([session({ sessionId: 'a' }), session({ sessionId: 'b' })]);
    expect(bars.map((b) => b.sessionId)).toEqual(['a', 'b']);
  });
});

describe('niceScale', () => {
  it('never goes below 5, so a few "<5" do not fill the chart', () => {
    expect(niceScale(0)).toEqual({ max: 5, ticks: [0, 1, 2, 3, 4, 5] });
    expect(niceScale(SUPPRESSED_DRAWN_AS)).toEqual({ max: 5, ticks: [0, 1, 2, 3, 4, 5] });
  });

  it('rounds the top up to a round step', () => {
    expect(niceScale(7)).toEqual({ max: 8, ticks: [0, 2, 4, 6, 8] });
    expect(niceScale(23)).toEqual({ max: 25, ticks: [0, 5, 10, 15, 20, 25] });
    expect(niceScale(40)).toEqual({ max: 40, ticks: [0, 10, 20, 30, 40] });
    expect(niceScale(120)).toEqual({ max: 150, ticks: [0, 50, 100, 150] });
    expect(niceScale(480)).toEqual({ max: 500, ticks: [0, 100, 200, 300, 400, 500] });
  });

  it('rounds a fractional top up', () => {
    expect(niceScale(10.2).max).toBe(15);
  });
});

describe('toPixels', () => {
  it('maps people to a height in pixels, clamped to the chart', () => {
    const scale = niceScale(20);
    expect(toPixels(0, scale, 200)).toBe(0);
    expect(toPixels(10, scale, 200)).toBe(100);
    expect(toPixels(20, scale, 200)).toBe(200);
    expect(toPixels(30, scale, 200)).toBe(200);
  });
});

describe('pixelStack', () => {
  it('stacks segments in pixels on the scale', () => {
    const [bar] = stackBars([session({ inPerson: 10, online: 5, total: 15 })]);
    expect(pixelStack(bar!.segments, niceScale(20), 200, 14)).toEqual([
      { part: 'inPerson', shown: 10, suppressed: false, bottom: 0, height: 100 },
      { part: 'online', shown: 5, suppressed: false, bottom: 100, height: 50 },
    ]);
  });

  it('keeps a "<5" placeholder tall enough for its label on a tall scale', () => {
    const [bar] = stackBars([session({ inPerson: '<5', online: 100, headcount: 20, total: 124 })]);
    const scale = niceScale(bar!.top);
    expect(scale.max).toBe(150);
    const drawn = pixelStack(bar!.segments, scale, 150, 14);
    expect(drawn.map((d) => [d.part, d.bottom, d.height])).toEqual([
      ['inPerson', 0, 14],
      ['online', 14, 100],
      ['headcount', 114, 20],
    ]);
  });

  it('draws a withheld count like a small one, hatched, and keeps what it was', () => {
    const [bar] = stackBars([
      session({ inPerson: '<5', online: 0, headcount: 'withheld', total: 'withheld' }),
    ]);
    expect(bar!.segments.map((s) => [s.part, s.shown, s.suppressed])).toEqual([
      ['inPerson', '<5', true],
      ['headcount', 'withheld', true],
    ]);
  });
});
