import { can } from '@haven/core';
import type { ChatMessage, HeldMessage, HeldResolved, Reply } from '@haven/protocol';
import { HavenError } from '../../errors';
import { actorIn } from '../actor';
import { modsChannel } from '../channels';
import type { RealtimeDeps } from '../deps';
import type { RoomHandlerContext } from '../handler';
import type { LiveRoom } from '../live-room';
import { recordAction } from '../moderation/audit';

/**
 * Messages held by a watched word. Moderators see all of them with the phrases matched and
 * share or delete each; the sender sees their own waiting; nobody else learns of them.
 */
export function heldList(ctx: RoomHandlerContext<'chat:held'>): Promise<Reply<'chat:held'>> {
  const { room, identity } = ctx;
  const actor = actorIn(room, identity);
  if (can(actor, 'chat:delete-any')) return Promise.resolve({ held: [...room.held.values()] });
  if (!can(actor, 'chat:read')) throw new HavenError('FORBIDDEN', 'You cannot read this chat.');
  return Promise.resolve({
    held: [...room.held.values()]
      .filter((m) => m.senderId === identity.participantId)
      .map(asSenderSees),
  });
}

/** The sender learns their message waits, not which words held it. */
export const asSenderSees = ({ phrases: _phrases, ...held }: HeldMessage): HeldMessage => held;

function takeHeld(ctx: RoomHandlerContext<'chat:share-held' | 'chat:delete-held'>): HeldMessage {
  const { room, identity, payload } = ctx;
  if (!can(actorIn(room, identity), 'chat:delete-any'))
    throw new HavenError('FORBIDDEN', 'Only moderators decide about held messages.');
  const held = room.held.get(payload.heldId);
  if (!held)
    throw new HavenError('NOT_FOUND', 'No such held message (another moderator may have decided).');
  room.held.delete(held.id);
  return held;
}

function announce(
  room: LiveRoom,
  deps: RealtimeDeps,
  held: HeldMessage,
  outcome: HeldResolved['outcome'],
) {
  const resolved: HeldResolved = { id: held.id, clientMsgId: held.clientMsgId, outcome };
  deps.io.to(modsChannel(room.id)).emit('chat:held-resolved', resolved);
  const sender = room.speakerOf(held.senderId);
  if (sender) deps.io.to(sender).emit('chat:held-resolved', resolved);
}

/**
 * Shared: the message takes the next place in the room's sequence now, as the sender's message
 * with its own clientMsgId (the sender's app replaces its waiting copy). Its hold is released in
 * the same transaction that stores it, so a crash cannot share it twice or lose it.
 */
export async function shareHeld(
  ctx: RoomHandlerContext<'chat:share-held'>,
): Promise<Reply<'chat:share-held'>> {
  const { room, deps, identity } = ctx;
  const { held, committed } = await room.serial(() => {
    const held = takeHeld(ctx);
    const message: ChatMessage = {
      id: deps.ids.next(),
      seq: ++room.lastAssignedSeq,
      senderId: held.senderId,
      senderName: held.senderName,
      clientMsgId: held.clientMsgId,
      text: held.text,
      sentAt: new Date(deps.clock.now()).toISOString(),
    };
    const committed = deps.writer.submit({ room, message, heldId: held.id }).then(() => message);
    room.rememberSend(held.senderId, held.clientMsgId, committed);
    return { held, committed };
  });
  try {
    await committed;
  } catch (err) {
    // Not stored: it still waits, for this or another moderator to try again.
    room.held.set(held.id, held);
    deps.log.error({ err, sessionId: room.id }, 'sharing a held message failed');
    throw new HavenError('UNAVAILABLE', 'The message could not be shared; try again.');
  }
  announce(room, deps, held, 'shared');
  await recordAction(room, deps, identity, 'held-message-shared', {
    id: held.senderId,
    displayName: held.senderName,
  });
  return {};
}

/** Deleted: gone from the store; nobody but its sender ever saw it. */
export async function deleteHeld(
  ctx: RoomHandlerContext<'chat:delete-held'>,
): Promise<Reply<'chat:delete-held'>> {
  const { room, deps, identity } = ctx;
  return room.serial(async () => {
    const held = takeHeld(ctx);
    try {
      await deps.store.held.release(room.id, held.id);
    } catch (err) {
      room.held.set(held.id, held);
      throw err;
    }
    announce(room, deps, held, 'deleted');
    await recordAction(room, deps, identity, 'held-message-deleted', {
      id: held.senderId,
      displayName: held.senderName,
    });
    return {};
  });
}
