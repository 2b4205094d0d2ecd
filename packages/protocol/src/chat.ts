import { z } from 'zod';
import { Id, Instant, Seq } from './common';
import { CHAT_TEXT_MAX, CHAT_TEXT_RAW_MAX } from './limits';

export const ChatMessage = z.object({
  id: Id,
  seq: Seq.describe('Per room, strictly increasing: the basis of ordering and catch-up.'),
  senderId: Id,
  senderName: z.string(),
  clientMsgId: Id.describe(
    "The sender's own id for the message: a retried send is recognised, not stored twice.",
  ),
  text: z.string(),
  sentAt: Instant,
  /** The text is gone (the place in the sequence stays): see removedBy. */
  removed: z.literal(true).optional(),
  removedBy: z
    .enum(['sender', 'moderator'])
    .optional()
    .describe('sender: they deleted their data; moderator: a moderator removed it.'),
  contactsHidden: z
    .literal(true)
    .optional()
    .describe(
      'Phone numbers or email addresses in it are shown as ••• to participants (the group asks for it); moderators receive the text as written.',
    ),
});
export type ChatMessage = z.infer<typeof ChatMessage>;

export const ChatSendPayload = z.strictObject({
  clientMsgId: Id,
  text: z
    .string()
    .max(CHAT_TEXT_RAW_MAX)
    .describe(`Control characters removed and trimmed; then 1–${CHAT_TEXT_MAX} characters.`),
});
export type ChatSendPayload = z.infer<typeof ChatSendPayload>;

/**
 * A message that matched a "hold" watched word: nobody sees it until a moderator shares it
 * (it then arrives as a chat:message with the same clientMsgId) or deletes it.
 */
export const HeldMessage = z.object({
  id: Id,
  senderId: Id,
  senderName: z.string(),
  clientMsgId: Id,
  text: z.string(),
  sentAt: Instant,
  phrases: z
    .array(z.string())
    .optional()
    .describe('Moderators only: the watched phrases it matched.'),
});
export type HeldMessage = z.infer<typeof HeldMessage>;

export const ChatSendReply = z.union([
  z.object({ message: ChatMessage }),
  z.object({
    held: HeldMessage.describe('Kept for a moderator; only the sender sees it waiting.'),
  }),
]);
export type ChatSendReply = z.infer<typeof ChatSendReply>;

export const DeleteMessagePayload = z.strictObject({ seq: Seq });
export const MessageRemoved = z.object({ seq: Seq, removedBy: z.enum(['sender', 'moderator']) });

export const HeldListReply = z.object({
  held: z.array(HeldMessage).describe('Moderators: every held message; participants: their own.'),
});
export const HeldPayload = z.strictObject({ heldId: Id });
export const HeldResolved = z.object({
  id: Id,
  clientMsgId: Id,
  outcome: z.enum(['shared', 'deleted']),
});
export type HeldResolved = z.infer<typeof HeldResolved>;
