/** Table shapes as Kysely sees them. Times are ISO-8601 strings in UTC. */
export interface GroupsTable {
  id: string;
  name: string;
  description: string;
  /** BCP 47 tag of the language the group meets in. */
  language: string;
  agreement_text: string;
  agreement_version: number;
  created_at: string;
}

export interface SessionsTable {
  id: string;
  group_id: string;
  title: string;
  created_at: string;
}

export interface ParticipantsTable {
  id: string;
  session_id: string;
  display_name: string;
  role: string;
  /** SHA-256 of the resume token; the token itself is never stored. */
  resume_token_hash: string;
  created_at: string;
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
}

export interface Database {
  groups: GroupsTable;
  sessions: SessionsTable;
  participants: ParticipantsTable;
  messages: MessagesTable;
}
