import type { MyScheduledSession } from '@haven/protocol';

export interface MyGroup {
  groupId: string;
  groupName: string;
}

/** The groups the sessions belong to, each once, in the order their first session comes. */
export function groupsOf(
  sessions: readonly Pick<MyScheduledSession, 'groupId' | 'groupName'>[],
): MyGroup[] {
  const groups = new Map<string, MyGroup>();
  for (const { groupId, groupName } of sessions)
    if (!groups.has(groupId)) groups.set(groupId, { groupId, groupName });
  return [...groups.values()];
}
