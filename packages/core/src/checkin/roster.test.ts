import { describe, expect, it } from 'vitest';
import { mergeRoster } from './roster';

const visit = (memberId: string) => ({
  memberId,
  joinedAt: '2026-11-26T18:00:00Z',
  leftAt: null,
});

describe('the merged roster', () => {
  it('counts someone who checked in and also joined online once, in person', () => {
    const roster = mergeRoster(
      [visit('amal'), visit('bohdan'), visit('bohdan')],
      [
        { memberId: 'amal', method: 'code' },
        { memberId: 'chen', method: 'manual' },
      ],
      3,
    );
    expect(roster.entries).toEqual([
      { memberId: 'amal', attended: 'in_person', alsoOnline: true },
      { memberId: 'chen', attended: 'in_person', alsoOnline: false },
      { memberId: 'bohdan', attended: 'online', alsoOnline: false },
    ]);
    expect(roster).toMatchObject({ inPerson: 2, online: 1, headcount: 3, total: 6 });
  });

  it('is empty for nobody, and a headcount never goes below zero', () => {
    expect(mergeRoster([], [], -2)).toEqual({
      entries: [],
      inPerson: 0,
      online: 0,
      headcount: 0,
      total: 0,
    });
  });
});
