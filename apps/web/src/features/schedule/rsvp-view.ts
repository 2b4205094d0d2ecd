import type { RsvpStatus } from '@haven/protocol';

/** The sentence that tells a person where they stand (`mySessions.rsvp.<key>`). */
export type RsvpWording = 'going' | 'waitlisted' | 'notGoing' | 'unanswered';

export function rsvpWording(status: RsvpStatus | null): RsvpWording {
  switch (status) {
    case 'going':
      return 'going';
    case 'waitlisted':
      return 'waitlisted';
    case 'not_going':
      return 'notGoing';
    case null:
      return 'unanswered';
  }
}

/**
 * Which answer button shows as pressed. Someone on the waiting list said "going": that is their
 * answer, and the sentence beside it says they wait for a seat.
 */
export function rsvpPressed(status: RsvpStatus | null): { going: boolean; notGoing: boolean } {
  return {
    going: status === 'going' || status === 'waitlisted',
    notGoing: status === 'not_going',
  };
}
