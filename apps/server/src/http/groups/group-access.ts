import { can, type Actor, type ManagementAction } from '@haven/core';
import { HavenError } from '../../errors';
import type { GroupRecord } from '../../store/groups-repo';
import type { StaffRecord } from '../../store/staff-repo';
import type { HttpDeps } from '../deps';

export interface GroupAccess {
  group: GroupRecord;
  actor: Actor;
}

/**
 * Loads a group and checks the caller may do `action` in it: NOT_FOUND for no such group,
 * FORBIDDEN when the policy says no. The caller's role is their role in this group.
 */
export async function groupFor(
  groupId: string,
  staff: StaffRecord,
  action: ManagementAction,
  deps: HttpDeps,
): Promise<GroupAccess> {
  const group = await deps.store.groups.find(groupId);
  if (!group) throw new HavenError('NOT_FOUND', 'No such group.');
  const role = await deps.store.groups.staffRole(groupId, staff.id);
  const actor: Actor = { id: staff.id, role, isAdmin: staff.isAdmin };
  if (!can(actor, action)) throw new HavenError('FORBIDDEN', 'You cannot do this in this group.');
  return { group, actor };
}
