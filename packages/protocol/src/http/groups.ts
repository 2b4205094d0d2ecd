import { z } from 'zod';
import { Id, Instant } from '../common';
import { DISPLAY_NAME_MAX } from '../limits';
import { LOBBY_MESSAGE_MAX } from '../moderation';
import { StaffRole } from './staff';

export const GROUP_CAPACITY_DEFAULT = 12;
export const GROUP_CAPACITY_MAX = 50;
/** Days a group's conversations are kept; then they are deleted, whatever they were. */
export const RETENTION_DAYS_DEFAULT = 90;
export const RETENTION_DAYS_MIN = 1;
export const RETENTION_DAYS_MAX = 730;
export const AGREEMENT_MAX = 10_000;

export const Visibility = z.enum(['open', 'closed']);
/** What sessions of the group carry besides text chat. */
export const GroupMedia = z.enum(['audio_video', 'audio_only', 'text_only']);
export type GroupMedia = z.infer<typeof GroupMedia>;
/** BCP 47 language tag, kept simple: "ar", "fa-AF", "uk". */
/** An IANA time zone the runtime knows ("Europe/Berlin"); the group's sessions follow its clock. */
export const TimeZone = z
  .string()
  .max(64)
  .refine(
    (zone) => {
      try {
        new Intl.DateTimeFormat('en', { timeZone: zone });
        return true;
      } catch {
        return false;
      }
    },
    { message: 'an IANA time zone like Europe/Berlin' },
  );
export const LanguageTag = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'a language tag');

export const GroupView = z.object({
  id: Id,
  name: z.string(),
  description: z.string(),
  language: z.string(),
  visibility: Visibility,
  capacity: z.number().int(),
  approvalRequired: z.boolean(),
  media: GroupMedia,
  cameraOnAtJoin: z
    .boolean()
    .describe('Support groups start with cameras off; a group may choose on.'),
  lobbyMessage: z
    .string()
    .describe("Shown to people waiting in the lobby of the group's sessions; empty: none."),
  timeZone: z.string().describe('Where its sessions are scheduled: an IANA time zone.'),
  maskContacts: z
    .boolean()
    .describe('Phone numbers and email addresses in chat are shown as ••• to participants.'),
  retentionDays: z
    .number()
    .int()
    .describe(
      "Chat, moderators' notes, held messages, private check-ins, calls for support and reports are deleted this many days after they were written. The audit log (no content) stays.",
    ),
  agreement: z.object({ version: z.number().int(), text: z.string() }),
  archived: z.boolean(),
  /** The caller's role in the group (absent for administrators who are not assigned). */
  myRole: StaffRole.optional(),
});
export type GroupView = z.infer<typeof GroupView>;

const GroupFields = {
  name: z.string().trim().min(1).max(80),
  description: z.string().trim().max(1000),
  language: LanguageTag,
  visibility: Visibility,
  capacity: z.number().int().min(2).max(GROUP_CAPACITY_MAX),
  approvalRequired: z.boolean(),
  media: GroupMedia,
  cameraOnAtJoin: z.boolean(),
  lobbyMessage: z.string().trim().max(LOBBY_MESSAGE_MAX),
  timeZone: TimeZone,
  maskContacts: z.boolean(),
  retentionDays: z.number().int().min(RETENTION_DAYS_MIN).max(RETENTION_DAYS_MAX),
};

export const CreateGroupRequest = z.strictObject({
  ...GroupFields,
  description: GroupFields.description.default(''),
  visibility: GroupFields.visibility.default('closed'),
  capacity: GroupFields.capacity.default(GROUP_CAPACITY_DEFAULT),
  approvalRequired: GroupFields.approvalRequired.default(false),
  media: GroupFields.media.default('audio_video'),
  cameraOnAtJoin: GroupFields.cameraOnAtJoin.default(false),
  lobbyMessage: GroupFields.lobbyMessage.default(''),
  timeZone: GroupFields.timeZone.default('UTC'),
  maskContacts: GroupFields.maskContacts.default(false),
  retentionDays: GroupFields.retentionDays.default(RETENTION_DAYS_DEFAULT),
  agreement: z.string().trim().min(1).max(AGREEMENT_MAX),
});

export const UpdateGroupRequest = z
  .strictObject(GroupFields)
  .partial()
  .refine((v) => Object.keys(v).length > 0, { message: 'Change at least one field.' });

export const SetAgreementRequest = z.strictObject({
  text: z.string().trim().min(1).max(AGREEMENT_MAX),
});

export const GroupParams = z.strictObject({ groupId: Id });
export const GroupStaffParams = z.strictObject({ groupId: Id, staffId: Id });

export const AssignStaffRequest = z.strictObject({ role: StaffRole });

export const GroupStaffView = z.object({ staffId: Id, name: z.string(), role: StaffRole });

/** Members as the group sees them: pseudonyms and status, nothing else. */
export const MemberView = z.object({
  participantId: Id,
  displayName: z.string(),
  status: z.enum(['requested', 'admitted']),
});

export const GroupList = z.object({ groups: z.array(GroupView) });
export const GroupStaffList = z.object({ staff: z.array(GroupStaffView) });
export const MemberList = z.object({ members: z.array(MemberView) });

export const SessionView = z.object({
  id: Id,
  title: z.string(),
  createdAt: Instant,
  lobby: z.boolean(),
});
export const SessionList = z.object({ sessions: z.array(SessionView) });
export const CreateSessionRequest = z.strictObject({
  title: z.string().trim().min(1).max(120),
  lobby: z
    .boolean()
    .optional()
    .describe(
      'People wait in the lobby until a moderator lets them in. Default: yes for closed groups.',
    ),
});

/** What anyone may see of an open group on the public page. */
export const PublicGroupView = z.object({
  id: Id,
  name: z.string(),
  description: z.string(),
  language: z.string(),
});
export const PublicGroupList = z.object({ groups: z.array(PublicGroupView) });

export const DisplayNameField = z.string().max(DISPLAY_NAME_MAX * 4);
