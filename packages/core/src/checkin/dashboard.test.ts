import { describe, expect, it } from 'vitest';
import { protectRow, protectTotals, shownCount, shownMean } from './disclosure';
import { answers, meanMood, moodAsked, moodShown } from './mood';
import { returningAndNew } from './returning';

describe('what the dashboard may show', () => {
  it('hides counts from 1 to 4, never 0 or 5 and up', () => {
    expect([0, 1, 4, 5, 12].map(shownCount)).toEqual([0, '<5', '<5', 5, 12]);
  });

  const row = (counts: Partial<Parameters<typeof protectRow>[0]>) => ({
    total: 0,
    inPerson: 0,
    online: 0,
    headcount: 0,
    returning: 0,
    new: 0,
    rsvpGoing: 0,
    ...counts,
  });

  it('withholds a total that would give away a small part', () => {
    // 7 in all, 5 without phones, nobody online: the total would say "2 in person".
    expect(protectRow(row({ total: 7, inPerson: 2, headcount: 5, new: 2 }))).toMatchObject({
      total: 'withheld',
      inPerson: '<5',
      online: 0,
      headcount: 5,
      new: '<5',
    });
    const open = protectRow(
      row({ total: 20, inPerson: 8, online: 6, headcount: 6, returning: 9, new: 5 }),
    );
    expect(open).toMatchObject({ total: 20, inPerson: 8, returning: 9, new: 5 });
  });

  it('withholds returning and new when they would give away a small in-person or online count', () => {
    // Returning + new = in person + online: 10 − 8 online would say "2 in person".
    expect(
      protectRow(row({ total: 10, inPerson: 2, online: 8, returning: 5, new: 5 })),
    ).toMatchObject({ total: 'withheld', online: 8, returning: 'withheld', new: 'withheld' });
    // A small returning count is given away by new when everyone named is known.
    expect(
      protectRow(row({ total: 12, inPerson: 6, online: 6, returning: 3, new: 9 })),
    ).toMatchObject({ total: 12, returning: '<5', new: 'withheld' });
  });

  it('shows a column sum only when no session hides a count in it', () => {
    const a = protectRow(row({ total: 8, online: 8, new: 8 }));
    const b = protectRow(row({ total: 7, inPerson: 2, headcount: 5, new: 2 }));
    const totals = protectTotals(
      row({ total: 15, inPerson: 2, online: 8, headcount: 5, new: 10 }),
      [a, b],
    );
    expect(totals).toMatchObject({
      total: 'withheld',
      inPerson: '<5',
      online: 8,
      headcount: 5,
      new: 'withheld',
    });
  });

  it('shows a mean only with 5 answers or more, to one decimal', () => {
    const few = { counts: { 1: 1, 2: 0, 3: 0, 4: 1, 5: 2 } };
    expect(answers(few)).toBe(4);
    expect(shownMean(meanMood(few), answers(few))).toBeNull();
    const enough = { counts: { 1: 1, 2: 1, 3: 1, 4: 1, 5: 2 } };
    expect(meanMood(enough)).toBeCloseTo(20 / 6);
    expect(shownMean(meanMood(enough), answers(enough))).toBe(3.3);
    expect(meanMood({ counts: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 } })).toBeNull();
  });

  it('counts people who came before as returning, once per session', () => {
    const result = returningAndNew([
      { id: 's1', attendees: ['a', 'b'] },
      { id: 's2', attendees: ['a', 'c', 'c'] },
      { id: 's3', attendees: ['a', 'b', 'c', 'd'] },
    ]);
    expect(Object.fromEntries(result)).toEqual({
      s1: { returning: 0, new: 2 },
      s2: { returning: 1, new: 1 },
      s3: { returning: 3, new: 1 },
    });
  });
});

describe('when moods are asked and shown', () => {
  const session = { startsAt: Date.parse('2026-11-26T18:00:00Z'), durationMin: 90 };
  const at = (iso: string) => Date.parse(iso);

  it('asks from an hour before the start to two hours after the end', () => {
    expect(moodAsked(session, at('2026-11-26T16:59:00Z'))).toBe(false);
    expect(moodAsked(session, at('2026-11-26T17:00:00Z'))).toBe(true);
    expect(moodAsked(session, at('2026-11-26T21:30:00Z'))).toBe(true);
    expect(moodAsked(session, at('2026-11-26T21:31:00Z'))).toBe(false);
    expect(moodAsked({ startsAt: null, durationMin: 0 }, 0)).toBe(true);
  });

  it('shows means three hours after the end', () => {
    expect(moodShown(session, at('2026-11-26T22:29:00Z'))).toBe(false);
    expect(moodShown(session, at('2026-11-26T22:30:00Z'))).toBe(true);
  });
});
