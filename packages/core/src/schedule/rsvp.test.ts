import { describe, expect, it } from 'vitest';
import { answer, seats, statusOf, type Rsvp } from './rsvp';

const at = (minute: number) => `2026-11-26T10:${String(minute).padStart(2, '0')}:00.000Z`;

describe('seats and the waiting list', () => {
  it('gives seats in the order people said going; the rest wait in that order', () => {
    const rsvps: Rsvp[] = [
      answer(null, 'c', 'going', at(3)),
      answer(null, 'a', 'going', at(1)),
      answer(null, 'b', 'going', at(2)),
      answer(null, 'd', 'not_going', at(4)),
    ];
    const s = seats(rsvps, 2);
    expect(s).toEqual({ going: ['a', 'b'], waitlisted: ['c'], notGoing: ['d'] });
    expect(statusOf(s, 'c')).toBe('waitlisted');
    expect(statusOf(s, 'nobody')).toBeNull();
  });

  it('a freed seat goes to the first person waiting', () => {
    let rsvps: Rsvp[] = ['a', 'b', 'c', 'd'].map((m, i) => answer(null, m, 'going', at(i)));
    expect(seats(rsvps, 2).waitlisted).toEqual(['c', 'd']);
    rsvps = rsvps.map((r) => (r.memberId === 'a' ? answer(r, 'a', 'not_going', at(9)) : r));
    expect(seats(rsvps, 2)).toMatchObject({ going: ['b', 'c'], waitlisted: ['d'] });
  });

  it('saying going again keeps a place; coming back after not going joins the end', () => {
    const first = answer(null, 'a', 'going', at(1));
    expect(answer(first, 'a', 'going', at(5))).toBe(first);
    const away = answer(first, 'a', 'not_going', at(6));
    expect(answer(away, 'a', 'going', at(7)).goingSince).toBe(at(7));
  });
});
