import { can, normalizeChatText } from '@haven/core';
import { MOD_CHAT_HISTORY_MAX, type ModChatMessage, type Reply } from '@haven/protocol';
import { HavenError } from '../../errors';
import { actorIn } from '../actor';
import { modsChannel } from '../channels';
import type { createHandlerRegistry, RoomHandlerContext } from '../handler';
import type { LiveRoom } from '../live-room';

/**
 * The moderators' private channel: co-moderators coordinate without the room seeing it. Only
 * staff present in the room read or write it; it is not touched by the room's chat controls
 * (pause, slow mode), which are for the conversation the moderators are looking after.
 */
export function registerModChatHandlers({
  handleInRoom,
}: ReturnType<typeof createHandlerRegistry>): void {
  handleInRoom('modchat:send', send);
  handleInRoom('modchat:history', history);
}

function mayUse(room: LiveRoom, identity: RoomHandlerContext<'modchat:send'>['identity']): void {
  if (!can(actorIn(room, identity), 'modchat:use'))
    throw new HavenError('FORBIDDEN', "Only the session's moderators use this channel.");
}

/**
 * Stored before the reply and the broadcast, in the order the room's owner receives them. The
 * store's round trips happen inside the room's serial section; notes are rare enough that the
 * room's other commands do not notice the wait.
 */
function send(ctx: RoomHandlerContext<'modchat:send'>): Promise<Reply<'modchat:send'>> {
  const { room, identity, payload, deps } = ctx;
  return room.serial(async () => {
    mayUse(room, identity);
    // No chat allowance here: notes must not use up a moderator's messages to the room, and a
    // retried note is found by the store. The connection's own flood limit still applies.
    const now = deps.clock.now();
    const text = normalizeChatText(payload.text);
    if (!text.ok) throw new HavenError('INVALID_ARGUMENT', text.reason);
    const me = room.presence.participants.get(identity.participantId);
    const draft: ModChatMessage = {
      id: deps.ids.next(),
      senderId: identity.participantId,
      senderName: me?.displayName ?? '',
      clientMsgId: payload.clientMsgId,
      text: text.value,
      sentAt: new Date(now).toISOString(),
    };
    const message = await deps.store.modChat.append(room.id, draft);
    // A retried send was broadcast the first time; the moderators' pages drop repeats by id anyway.
    if (message.id === draft.id) deps.io.to(modsChannel(room.id)).emit('modchat:message', message);
    return { message };
  });
}

async function history(
  ctx: RoomHandlerContext<'modchat:history'>,
): Promise<Reply<'modchat:history'>> {
  const { room, identity, deps } = ctx;
  mayUse(room, identity);
  return { messages: await deps.store.modChat.latest(room.id, MOD_CHAT_HISTORY_MAX) };
}
