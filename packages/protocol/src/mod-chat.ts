import { z } from 'zod';
import { Id, Instant } from './common';
import { ChatSendPayload } from './chat';

/** How much of the moderators' channel a (re)joining moderator receives. */
export const MOD_CHAT_HISTORY_MAX = 200;

/** A message in the moderators' private channel of one session; participants never see it. */
export const ModChatMessage = z.object({
  id: Id,
  senderId: Id,
  senderName: z.string(),
  clientMsgId: Id.describe("The sender's own id: a retried send returns the stored message."),
  text: z.string(),
  sentAt: Instant,
});
export type ModChatMessage = z.infer<typeof ModChatMessage>;

export const ModChatSendPayload = ChatSendPayload;
export const ModChatSendReply = z.object({ message: ModChatMessage });
export const ModChatHistoryReply = z.object({
  messages: z
    .array(ModChatMessage)
    .describe(`The latest ${MOD_CHAT_HISTORY_MAX} messages of the session, oldest first.`),
});
