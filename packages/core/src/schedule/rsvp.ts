/**
 * Who has a seat. Each answer is kept as given — going or not — with when the person last said
 * "going"; seats then follow from the answers: the first `capacity` people to say going have one,
 * the others wait in that order. So a seat freed by someone saying "not going" goes to the first
 * person waiting, with no separate promotion step that could be forgotten or run twice.
 */
export type RsvpAnswer = 'going' | 'not_going';
export type RsvpStatus = 'going' | 'waitlisted' | 'not_going';

export interface Rsvp {
  memberId: string;
  answer: RsvpAnswer;
  /** When they last answered "going" (ISO); the order of the waiting list. */
  goingSince: string | null;
}

export interface Seats {
  going: string[];
  waitlisted: string[];
  notGoing: string[];
}

export function seats(rsvps: readonly Rsvp[], capacity: number): Seats {
  const wanting = rsvps
    .filter((r) => r.answer === 'going')
    .sort(
      (a, b) =>
        (a.goingSince ?? '').localeCompare(b.goingSince ?? '') ||
        a.memberId.localeCompare(b.memberId),
    )
    .map((r) => r.memberId);
  return {
    going: wanting.slice(0, Math.max(0, capacity)),
    waitlisted: wanting.slice(Math.max(0, capacity)),
    notGoing: rsvps.filter((r) => r.answer === 'not_going').map((r) => r.memberId),
  };
}

export function statusOf(all: Seats, memberId: string): RsvpStatus | null {
  if (all.going.includes(memberId)) return 'going';
  if (all.waitlisted.includes(memberId)) return 'waitlisted';
  if (all.notGoing.includes(memberId)) return 'not_going';
  return null;
}

/**
 * A person's answer changes: saying "going" again keeps their place; changing from not going
 * to going puts them at the end of the line.
 */
export function answer(
  previous: Rsvp | null,
  memberId: string,
  wants: RsvpAnswer,
  at: string,
): Rsvp {
  if (wants === 'not_going') return { memberId, answer: 'not_going', goingSince: null };
  if (previous?.answer === 'going') return previous;
  return { memberId, answer: 'going', goingSince: at };
}
