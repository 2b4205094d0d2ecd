import { describe, expect, it } from 'vitest';
import { shownCount, shownMean } from './disclosure';
import { answers, meanMood } from './mood';
import { returningAndNew } from './returning';

describe('what the dashboard may show', () => {
  it('hides counts from 1 to 4, never 0 or 5 and up', () => {
    expect([0, 1, 4, 5, 12].map(shownCount)).toEqual([0, '<5', '<5', 5, 12]);
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
