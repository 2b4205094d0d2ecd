import type { GroupView } from '@haven/protocol';
import type { GroupRecord, GroupStaffRole } from '../../store/groups-repo';

export const toGroupView = (g: GroupRecord, myRole: GroupStaffRole | null): GroupView => ({
  id: g.id,
  name: g.name,
  description: g.description,
  language: g.language,
  visibility: g.visibility,
  capacity: g.capacity,
  approvalRequired: g.approvalRequired,
  media: g.media,
  cameraOnAtJoin: g.cameraOnAtJoin,
  lobbyMessage: g.lobbyMessage,
  timeZone: g.timeZone,
  maskContacts: g.maskContacts,
  retentionDays: g.retentionDays,
  agreement: g.agreement,
  archived: g.archivedAt !== null,
  ...(myRole && { myRole }),
});
