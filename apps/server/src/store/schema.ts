import type { Generated } from 'kysely';

/** Table shapes as Kysely sees them. Times are ISO-8601 strings in UTC; flags are 0 | 1. */
export interface GroupsTable {
  id: string;
  name: string;
  description: string;
  /** BCP 47 tag of the language the group meets in. */
  language: string;
  /** The current version in group_agreements. */
  agreement_version: number;
  visibility: Generated<string>;
  capacity: Generated<number>;
  approval_required: Generated<number>;
  /** 'audio_video' | 'audio_only' | 'text_only' */
  media: Generated<string>;
  camera_on_at_join: Generated<number>;
  /** Shown to people waiting in the lobby of the group's sessions; '' for none. */
  lobby_message: Generated<string>;
  /** IANA zone the group's sessions are planned in. */
  time_zone: Generated<string>;
  mask_contacts: Generated<number>;
  /** Days what people wrote is kept, then deleted. */
  retention_days: Generated<number>;
  archived_at: string | null;
  created_at: string;
}

export interface GroupAgreementsTable {
  group_id: string;
  version: number;
  text: string;
  created_at: string;
}

export interface SessionsTable {
  id: string;
  group_id: string;
  title: string;
  created_at: string;
  /** Set when a moderator ended the session for everyone. */
  ended_at: string | null;
  /** 1: people wait in the lobby until a moderator lets them in. */
  lobby: Generated<number>;
  /** The series it is an occurrence of, and that occurrence's original local start. */
  series_id: string | null;
  occurrence_key: string | null;
  /** UTC ISO; null for a room opened on the spot. */
  starts_at: string | null;
  duration_min: number | null;
  /** 'online' | 'in_person' | 'hybrid' */
  format: string | null;
  /** JSON Venue, or null. */
  venue: string | null;
  /** Null: the group's capacity. */
  capacity: number | null;
  opens_before_min: number | null;
  /** JSON array of staff ids. */
  moderator_ids: string | null;
  cancelled_at: string | null;
  /** 1: moved on its own, no longer following the series. */
  moved: Generated<number>;
  /** Key of the venue screen's rotating check-in codes; made when first shown. */
  checkin_secret: string | null;
  /** The highest seq the session had when old messages were deleted (numbering goes on). */
  seq_floor: Generated<number>;
}

export interface SeriesTable {
  id: string;
  group_id: string;
  title: string;
  /** RRULE body, or null for a single session. */
  recurrence: string | null;
  /** Local wall-clock start of the first occurrence. */
  first_start: string;
  time_zone: string;
  duration_min: number;
  format: string;
  venue: string | null;
  capacity: number | null;
  lobby: number;
  opens_before_min: number;
  moderator_ids: string;
  created_at: string;
  stopped_at: string | null;
}

export interface SessionRsvpsTable {
  session_id: string;
  member_id: string;
  /** 'going' | 'not_going' */
  answer: string;
  going_since: string | null;
  answered_at: string;
}

export interface StaffTable {
  id: string;
  /** Lower-cased. */
  email: string;
  name: string;
  password_hash: string;
  role: string;
  is_admin: Generated<number>;
  created_at: string;
  disabled_at: string | null;
}

export interface StaffSessionsTable {
  /** SHA-256 of the cookie value; the value itself is never stored. */
  token_hash: string;
  staff_id: string;
  csrf_token: string;
  created_at: string;
  expires_at: string;
}

export interface StaffInvitesTable {
  token_hash: string;
  role: string;
  created_by: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface PasswordResetsTable {
  token_hash: string;
  staff_id: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface GroupStaffTable {
  group_id: string;
  staff_id: string;
  role: string;
}

export interface ParticipantsTable {
  id: string;
  /** SHA-256 of the device token the browser keeps; the token itself is never stored. */
  device_token_hash: string;
  created_at: string;
}

export interface MembershipsTable {
  group_id: string;
  participant_id: string;
  /** The id others in the group see for this person (never the participant id). */
  member_id: string;
  /** The name this person uses in this group. */
  display_name: string;
  status: string;
  created_at: string;
  updated_at: string;
  /** The invite they came in by, if any: a ban may revoke it. */
  invite_id: string | null;
  /** SHA-256 of the member's calendar feed token. */
  feed_token_hash: Generated<string | null>;
}

export interface AgreementAcceptancesTable {
  group_id: string;
  participant_id: string;
  version: number;
  accepted_at: string;
}

export interface InvitesTable {
  id: string;
  group_id: string;
  token_hash: string;
  created_by: string;
  created_at: string;
  expires_at: string;
  max_uses: number | null;
  uses: Generated<number>;
  revoked_at: string | null;
}

export interface MessagesTable {
  session_id: string;
  seq: number;
  id: string;
  sender_id: string;
  sender_name: string;
  client_msg_id: string;
  text: string;
  created_at: string;
  /** Set when the sender deleted their data: the text is gone, the seq stays. */
  removed_at: string | null;
  /** 'sender' | 'moderator' */
  removed_by: string | null;
}

export interface BansTable {
  id: string;
  group_id: string;
  /** Null: banned from every session of the group. */
  session_id: string | null;
  participant_id: string;
  member_id: string;
  display_name: string;
  created_by: string;
  created_at: string;
  lifted_at: string | null;
}

export interface AuditLogTable {
  id: string;
  session_id: string;
  actor_id: string;
  actor_name: string;
  action: string;
  target_id: string | null;
  target_name: string | null;
  /** JSON of the action's parameters; never message text. */
  detail: string | null;
  at: string;
}

export interface SessionAdmissionsTable {
  session_id: string;
  member_id: string;
  /** 'admitted' | 'denied' */
  status: string;
  reason: string | null;
  decided_by: string;
  decided_at: string;
}

export interface ModMessagesTable {
  session_id: string;
  /** Per session, assigned by the room's owner: the channel's order. */
  seq: number;
  id: string;
  sender_id: string;
  sender_name: string;
  client_msg_id: string;
  text: string;
  created_at: string;
}

export interface SessionVisitsTable {
  session_id: string;
  member_id: string;
  joined_at: string;
  left_at: string | null;
}

export interface SessionCheckinsTable {
  session_id: string;
  member_id: string;
  /** 'code' | 'manual' */
  method: string;
  entered_at: string;
  recorded_at: string;
}

export interface SessionHeadcountsTable {
  session_id: string;
  count: number;
  recorded_at: string;
}

export interface MoodCountsTable {
  session_id: string;
  /** 'in' | 'out' */
  phase: string;
  value: number;
  count: number;
}

/** Who has answered (never what): one answer per person and moment. */
export interface MoodAnsweredTable {
  session_id: string;
  member_id: string;
  phase: string;
}

export interface CrisisResourcesTable {
  /** A group id, or '*' for the platform's list. */
  owner: string;
  locale: string;
  position: number;
  name: string;
  phone: string;
  sms: string;
  whatsapp: string;
  hours: string;
  description: string;
}

export interface SupportAlertsTable {
  id: string;
  session_id: string;
  member_id: string;
  display_name: string;
  raised_at: string;
  acknowledged_by: string | null;
  acknowledged_name: string | null;
  acknowledged_at: string | null;
  reason: Generated<'asked' | 'watched-words'>;
  seq: number | null;
}

export interface WatchedWordsTable {
  /** A group id, or '*' for the platform's list. */
  owner: string;
  locale: string;
  position: number;
  phrase: string;
  action: 'block' | 'hold' | 'flag';
}

export interface HeldMessagesTable {
  id: string;
  session_id: string;
  sender_id: string;
  sender_name: string;
  client_msg_id: string;
  text: string;
  /** JSON array of the watched phrases matched. */
  phrases: string;
  sent_at: string;
}

export interface PrivateTalksTable {
  id: string;
  session_id: string;
  member_id: string;
  display_name: string;
  opened_at: string;
  closed_at: string | null;
}

export interface PrivateTalkModeratorsTable {
  talk_id: string;
  staff_id: string;
  name: string;
  joined_at: string;
}

export interface PrivateTalkMessagesTable {
  talk_id: string;
  seq: number;
  id: string;
  sender_id: string;
  sender_name: string;
  client_msg_id: string;
  kind: 'text' | 'resources';
  text: string;
  sent_at: string;
}

export interface ReportsTable {
  id: string;
  session_id: string;
  reporter_id: string;
  reporter_name: string;
  subject_id: string;
  subject_name: string;
  seq: number | null;
  message_text: string | null;
  reason: string;
  created_at: string;
  outcome: string | null;
  resolved_by: string | null;
  resolved_name: string | null;
  resolved_at: string | null;
}

export interface Database {
  groups: GroupsTable;
  group_agreements: GroupAgreementsTable;
  sessions: SessionsTable;
  staff: StaffTable;
  staff_sessions: StaffSessionsTable;
  staff_invites: StaffInvitesTable;
  password_resets: PasswordResetsTable;
  group_staff: GroupStaffTable;
  participants: ParticipantsTable;
  memberships: MembershipsTable;
  agreement_acceptances: AgreementAcceptancesTable;
  invites: InvitesTable;
  messages: MessagesTable;
  bans: BansTable;
  audit_log: AuditLogTable;
  session_admissions: SessionAdmissionsTable;
  mod_messages: ModMessagesTable;
  series: SeriesTable;
  session_rsvps: SessionRsvpsTable;
  session_visits: SessionVisitsTable;
  session_checkins: SessionCheckinsTable;
  session_headcounts: SessionHeadcountsTable;
  mood_counts: MoodCountsTable;
  mood_answered: MoodAnsweredTable;
  crisis_resources: CrisisResourcesTable;
  support_alerts: SupportAlertsTable;
  watched_words: WatchedWordsTable;
  held_messages: HeldMessagesTable;
  private_talks: PrivateTalksTable;
  private_talk_moderators: PrivateTalkModeratorsTable;
  private_talk_messages: PrivateTalkMessagesTable;
  reports: ReportsTable;
}
