/**
 * Who came back. For each session, in time order, a named attendee is "returning" if they
 * attended an earlier session of the group, "new" otherwise. The headcount has no names and is
 * neither.
 */
export function returningAndNew(
  sessions: readonly { id: string; attendees: readonly string[] }[],
): Map<string, { returning: number; new: number }> {
  const seen = new Set<string>();
  const result = new Map<string, { returning: number; new: number }>();
  for (const s of sessions) {
    const people = new Set(s.attendees);
    let returning = 0;
    for (const id of people) if (seen.has(id)) returning++;
    result.set(s.id, { returning, new: people.size - returning });
    for (const id of people) seen.add(id);
  }
  return result;
}
