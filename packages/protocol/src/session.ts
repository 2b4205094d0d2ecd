import { z } from 'zod';
import { Id, Instant, Role, Seq } from './common';
import { HISTORY_PAGE_MAX } from './limits';
import { ChatMessage } from './chat';
import { RoomModeration } from './moderation';
import { GroupMedia } from './http/groups';

/** What everyone in the room may see about one person. */
export const ParticipantView = z.object({
  id: Id,
  displayName: z.string(),
  role: Role,
  status: z
    .enum(['present', 'reconnecting'])
    .describe('reconnecting: their connection dropped; they are kept for a grace period.'),
});
export type ParticipantView = z.infer<typeof ParticipantView>;

export const SessionInfo = z.object({
  id: Id,
  title: z.string(),
  groupId: Id,
  groupName: z.string(),
  /** Anyone with the link may ask to join an open group; a closed one needs an invite. */
  openToAll: z.boolean(),
  language: z.string(),
  agreement: z.object({ version: z.number().int().positive(), text: z.string() }),
  media: GroupMedia.describe('What the session carries besides chat; text_only: no media at all.'),
  lobby: z
    .boolean()
    .describe('People wait in the lobby (lobby:knock) until a moderator lets them in.'),
  lobbyMessage: z
    .string()
    .describe("The group's word to people waiting in the lobby; empty: none."),
  maskContacts: z
    .boolean()
    .describe('Phone numbers and email addresses in chat reach participants as •••.'),
  schedule: z
    .object({
      startsAt: Instant,
      endsAt: Instant,
      opensAt: Instant.describe('When participants may enter (moderators earlier).'),
      cancelled: z.boolean(),
    })
    .nullable()
    .describe('Null: a room opened on the spot, open until ended.'),
});
export type SessionInfo = z.infer<typeof SessionInfo>;

export const JoinPayload = z.strictObject({
  protocolVersion: z.number().int().min(0).max(1_000_000),
  sessionId: Id,
  lastSeq: Seq.optional().describe(
    'The highest chat seq this client has; the reply carries exactly the messages after it.',
  ),
});
export type JoinPayload = z.infer<typeof JoinPayload>;

export const JoinReply = z.object({
  self: ParticipantView,
  session: SessionInfo,
  participants: z.array(ParticipantView),
  history: z
    .array(ChatMessage)
    .describe('Recent messages, or with lastSeq the messages after it (one page), oldest first.'),
  historyComplete: z
    .boolean()
    .describe('False when more messages follow history: page on with chat:history { afterSeq }.'),
  moderation: RoomModeration,
});
export type JoinReply = z.infer<typeof JoinReply>;

export const LeavePayload = z.strictObject({});
export const LeaveReply = z.object({});

export const HistoryPayload = z
  .strictObject({
    afterSeq: Seq.optional().describe('Messages after this seq, oldest first (catch-up).'),
    beforeSeq: Seq.optional().describe(
      'The page just before this seq (scrolling back). Not with afterSeq. Neither: the newest page.',
    ),
    limit: z.number().int().min(1).max(HISTORY_PAGE_MAX).optional(),
  })
  .refine((p) => p.afterSeq === undefined || p.beforeSeq === undefined, {
    message: 'Give afterSeq or beforeSeq, not both.',
  });
export type HistoryPayload = z.infer<typeof HistoryPayload>;

export const HistoryReply = z.object({
  messages: z.array(ChatMessage),
  complete: z.boolean().describe('True when no further page exists in the requested direction.'),
});
export type HistoryReply = z.infer<typeof HistoryReply>;

export const ParticipantLeft = z.object({ participantId: Id });
