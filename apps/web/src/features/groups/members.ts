export interface Member {
  participantId: string;
  displayName: string;
  status: 'requested' | 'admitted';
}

/** People waiting for an answer first, then everyone by name. */
export function sortMembers(members: readonly Member[]): Member[] {
  return [...members].sort(
    (a, b) =>
      Number(a.status !== 'requested') - Number(b.status !== 'requested') ||
      a.displayName.localeCompare(b.displayName),
  );
}

export function countMembers(members: readonly Member[]): { admitted: number; waiting: number } {
  const waiting = members.filter((m) => m.status === 'requested').length;
  return { admitted: members.length - waiting, waiting };
}

/** After an answer: an approved person is a member; a declined one is no longer listed. */
export function answerRequest(
  members: readonly Member[],
  participantId: string,
  answer: 'approve' | 'decline',
): Member[] {
  return answer === 'decline'
    ? members.filter((m) => m.participantId !== participantId)
    : members.map((m) => (m.participantId === participantId ? { ...m, status: 'admitted' } : m));
}
