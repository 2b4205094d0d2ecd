import type { StaffRole, StaffView } from '@haven/protocol';

export interface GroupStaffMember {
  staffId: string;
  name: string;
  role: StaffRole;
}

/** Facilitators first, then by name. */
export function sortGroupStaff(staff: readonly GroupStaffMember[]): GroupStaffMember[] {
  return [...staff].sort(
    (a, b) =>
      Number(a.role !== 'facilitator') - Number(b.role !== 'facilitator') ||
      a.name.localeCompare(b.name),
  );
}

/** A group keeps at least one facilitator; the server refuses to take off the last one. */
export function isLastFacilitator(
  staff: readonly GroupStaffMember[],
  member: GroupStaffMember,
): boolean {
  return (
    member.role === 'facilitator' && staff.filter((s) => s.role === 'facilitator').length === 1
  );
}

/** Only a facilitator account can facilitate a group; anyone on staff can moderate one. */
export function rolesFor(account: Pick<StaffView, 'role'> | undefined): StaffRole[] {
  return account?.role === 'facilitator' ? ['moderator', 'facilitator'] : ['moderator'];
}
