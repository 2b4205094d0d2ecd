import { mergeRoster } from '@haven/core';
import type { SessionRoster } from '@haven/protocol';
import type { Store } from '../../store/store';

/** The roster staff see: names from the group, nobody counted twice, and who is not here yet. */
export async function rosterView(
  store: Store,
  groupId: string,
  sessionId: string,
): Promise<SessionRoster> {
  const [visits, checkIns, headcount, members] = await Promise.all([
    store.attendance.visits(sessionId),
    store.attendance.checkIns(sessionId),
    store.attendance.headcount(sessionId),
    store.participants.membersOf(groupId),
  ]);
  const roster = mergeRoster(visits, checkIns, headcount);
  const names = new Map(members.map((m) => [m.memberId, m.displayName]));
  const method = new Map(checkIns.map((c) => [c.memberId, c.method]));
  const here = new Set(roster.entries.map((e) => e.memberId));
  return {
    people: roster.entries.map((e) => ({
      memberId: e.memberId,
      // Someone who has since left the group stays counted, without a name.
      displayName: names.get(e.memberId) ?? '',
      attended: e.attended,
      alsoOnline: e.alsoOnline,
      method: method.get(e.memberId) ?? 'online',
    })),
    notHere: members
      .filter((m) => m.status === 'admitted' && !here.has(m.memberId))
      .map((m) => ({ memberId: m.memberId, displayName: m.displayName })),
    inPerson: roster.inPerson,
    online: roster.online,
    headcount: roster.headcount,
    total: roster.total,
  };
}
