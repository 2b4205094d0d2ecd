import { describe, expect, it } from 'vitest';
import { rsvpPressed, rsvpWording } from './rsvp-view';

describe('rsvpWording', () => {
  it('has a sentence for every answer, and for none yet', () => {
    expect(rsvpWording('going')).toBe('going');
    expect(rsvpWording('waitlisted')).toBe('waitlisted');
    expect(rsvpWording('not_going')).toBe('notGoing');
    expect(rsvpWording(null)).toBe('unanswered');
  });
});

describe('rsvpPressed', () => {
  it('presses "Going" for a seat and for the waiting list alike', () => {
    expect(rsvpPressed('going')).toEqual({ going: true, notGoing: false });
    expect(rsvpPressed('waitlisted')).toEqual({ going: true, notGoing: false });
    expect(rsvpPressed('not_going')).toEqual({ going: false, notGoing: true });
    expect(rsvpPressed(null)).toEqual({ going: false, notGoing: false });
  });
});
