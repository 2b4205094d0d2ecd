/**
 * One roster per session, from three sources: online visits (recorded as people join and
 * leave), in-person check-ins (by code or by hand) and an anonymous headcount of people without
 * a phone. A person who checked in at the venue and also opened the room online (to see the
 * slides, or by habit) is one attendee, counted in person.
 */
export interface OnlineVisit {
  memberId: string;
  joinedAt: string;
  leftAt: string | null;
}

export interface InPersonCheckIn {
  memberId: string;
  method: 'code' | 'manual';
}

export interface RosterEntry {
  memberId: string;
  /** How they attended: in the room at the venue, or only online. */
  attended: 'in_person' | 'online';
  /** Also opened the online room while checked in at the venue. */
  alsoOnline: boolean;
}

export interface Roster {
  entries: RosterEntry[];
  inPerson: number;
  online: number;
  headcount: number;
  total: number;
}

export function mergeRoster(
  visits: readonly OnlineVisit[],
  checkIns: readonly InPersonCheckIn[],
  headcount: number,
): Roster {
  const onlineIds = new Set(visits.map((v) => v.memberId));
  const inPersonIds = new Set(checkIns.map((c) => c.memberId));
  const entries: RosterEntry[] = [
    ...[...inPersonIds].map((memberId) => ({
      memberId,
      attended: 'in_person' as const,
      alsoOnline: onlineIds.has(memberId),
    })),
    ...[...onlineIds]
      .filter((id) => !inPersonIds.has(id))
      .map((memberId) => ({ memberId, attended: 'online' as const, alsoOnline: false })),
  ];
  const inPerson = inPersonIds.size;
  const online = entries.length - inPerson;
  const people = Math.max(0, Math.floor(headcount));
  return { entries, inPerson, online, headcount: people, total: inPerson + online + people };
}
