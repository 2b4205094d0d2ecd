import { z } from 'zod';
import { Id, Role, Seq } from './common';
import { DISPLAY_NAME_MAX, HISTORY_PAGE_MAX } from './limits';
import { ChatMessage } from './chat';

/** What everyone in the room may see about one person. */
export const ParticipantView = z.object({
  id: Id,
  displayName: z.string(),
  role: Role,
  /** `reconnecting`: their connection dropped; they are kept for a grace period. */
  status: z.enum(['present', 'reconnecting']),
});
export type ParticipantView = z.infer<typeof ParticipantView>;

export const SessionInfo = z.object({
  id: Id,
  title: z.string(),
  groupName: z.string(),
  language: z.string(),
  agreement: z.object({ version: z.number().int().positive(), text: z.string() }),
});
export type SessionInfo = z.infer<typeof SessionInfo>;

export const JoinPayload = z.strictObject({
  protocolVersion: z.number().int(),
  sessionId: Id,
  /** Trimmed and checked against the display-name rule on the server. */
  displayName: z.string().max(DISPLAY_NAME_MAX * 4),
  /** The agreement version the person read and accepted. */
  agreementVersion: z.number().int().positive(),
  agreed: z.literal(true),
  /** Returned by an earlier join: comes back as the same person after a dropped connection. */
  resumeToken: z.string().min(16).max(128).optional(),
  /** The highest chat seq this client already has; the reply carries everything after it. */
  lastSeq: Seq.optional(),
});
export type JoinPayload = z.infer<typeof JoinPayload>;

export const JoinReply = z.object({
  self: ParticipantView,
  /** Keep it for this tab only; it lets a dropped connection resume the same identity. */
  resumeToken: z.string(),
  session: SessionInfo,
  participants: z.array(ParticipantView),
  /** Recent messages, or with `lastSeq` every message after it (up to a page), oldest first. */
  history: z.array(ChatMessage),
  /** False when more messages after `history` exist: page on with `chat:history`. */
  historyComplete: z.boolean(),
});
export type JoinReply = z.infer<typeof JoinReply>;

export const LeavePayload = z.strictObject({});
export const LeaveReply = z.object({});

export const HistoryPayload = z
  .strictObject({
    /** Messages after this seq, oldest first (catch-up). */
    afterSeq: Seq.optional(),
    /** The page of messages just before this seq (scrolling back). Neither: the newest page. */
    beforeSeq: Seq.optional(),
    limit: z.number().int().min(1).max(HISTORY_PAGE_MAX).optional(),
  })
  .refine((p) => p.afterSeq === undefined || p.beforeSeq === undefined, {
    message: 'Give afterSeq or beforeSeq, not both.',
  });
export type HistoryPayload = z.infer<typeof HistoryPayload>;

export const HistoryReply = z.object({
  messages: z.array(ChatMessage),
  /** True when no further page exists in the requested direction. */
  complete: z.boolean(),
});
export type HistoryReply = z.infer<typeof HistoryReply>;

export const ParticipantLeft = z.object({ participantId: Id });
