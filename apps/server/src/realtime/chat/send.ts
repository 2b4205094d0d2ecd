import { CHAT_RATE_LIMIT, can, checkWatched, normalizeChatText } from '@haven/core';
import type { ChatMessage, HeldMessage, Reply } from '@haven/protocol';
import { HavenError } from '../../errors';
import { modsChannel } from '../channels';
import type { RoomHandlerContext } from '../handler';
import type { LiveRoom } from '../live-room';
import { mutesOf } from '../moderation/mutes';
import { raiseAlert } from '../safety/raise-alert';
import { messageFor } from './contacts-view';
import { asSenderSees } from './held';
import { currentWatch } from './watch';

/** What the room's section decided; the waits for the disk happen after it. */
type Outcome =
  | { kind: 'posted'; committed: Promise<ChatMessage>; flagged: boolean }
  | { kind: 'held'; stored: Promise<HeldMessage>; flagged: boolean }
  | { kind: 'blocked'; flagged: boolean };

/**
 * Stores a message and acknowledges it only once it is durable. The seq is assigned inside the
 * room's serial section; the wait for the disk happens outside it, so many messages of one
 * room share one commit. A participant's message is checked against the watched words first:
 * refused (block), kept for a moderator (hold), or posted with an alert to the moderators (flag).
 */
export async function send(ctx: RoomHandlerContext<'chat:send'>): Promise<Reply<'chat:send'>> {
  const { identity, room } = ctx;
  const outcome = await room.serial((): Outcome => decide(ctx));
  if (outcome.flagged) void alertModerators(ctx, outcome);
  switch (outcome.kind) {
    case 'blocked':
      throw new HavenError(
        'MESSAGE_BLOCKED',
        'This message was not sent: it has words this group asks people not to use here. You can write it another way, or talk to a moderator.',
      );
    case 'held':
      return { held: asSenderSees(await outcome.stored.catch(notStored(ctx))) };
    case 'posted': {
      const stored = await outcome.committed.catch(notStored(ctx));
      return { message: messageFor(room, identity.role, stored) };
    }
  }
}

function decide({
  payload,
  identity,
  room,
  deps,
  socket,
}: RoomHandlerContext<'chat:send'>): Outcome {
  const { participantId } = identity;
  const me = room.presence.participants.get(participantId);
  const actor = {
    id: participantId,
    role: identity.role,
    inRoom: me?.lifecycle.status === 'present',
  };
  if (!me || !can(actor, 'chat:send'))
    throw new HavenError('FORBIDDEN', 'You cannot send messages in this room.');

  // A retry of a message already sent (say, after a dropped connection) is not a new message,
  // even if a mute or a pause came in between: it was accepted before them.
  const earlier = room.findSend(participantId, payload.clientMsgId);
  if (earlier) return { kind: 'posted', committed: earlier, flagged: false };
  const waiting = heldSend(room, participantId, payload.clientMsgId);
  if (waiting) return { kind: 'held', stored: waiting, flagged: false };

  const now = deps.clock.now();
  if (room.settings.paused && identity.role === 'participant')
    throw new HavenError('FORBIDDEN', 'The room is paused for a moment.');
  if (mutesOf(room, participantId, now).has('chat'))
    throw new HavenError('FORBIDDEN', 'A moderator has paused your chat for now.');
  if (!room.takeChatToken(participantId, CHAT_RATE_LIMIT, now))
    throw new HavenError('RATE_LIMITED', 'You are sending messages too fast.');
  const text = normalizeChatText(payload.text);
  if (!text.ok) throw new HavenError('INVALID_ARGUMENT', text.reason);
  if (identity.role === 'participant') {
    const wait = room.slowModeWait(participantId, now);
    if (wait !== null)
      throw new HavenError('RATE_LIMITED', `Slow mode is on: wait ${wait} s to post again.`);
  }
  // Moderators' own messages are not filtered: they may need to quote what they act on.
  const verdict =
    identity.role === 'participant'
      ? checkWatched(currentWatch(room, deps), text.value)
      : { action: null, flagged: false, phrases: [] };
  if (verdict.action === 'block') return { kind: 'blocked', flagged: verdict.flagged };
  if (identity.role === 'participant') room.countPost(participantId, now);

  const sentAt = new Date(now).toISOString();
  if (verdict.action === 'hold') {
    const held: HeldMessage = {
      id: deps.ids.next(),
      senderId: participantId,
      senderName: me.displayName,
      clientMsgId: payload.clientMsgId,
      text: text.value,
      sentAt,
      phrases: verdict.phrases,
    };
    // Known as waiting (to retries, to moderators) only once it is on disk: what is acknowledged
    // as waiting is never lost, and a moderator never decides on a hold that could vanish.
    const key = holdKey(participantId, payload.clientMsgId);
    const stored = deps.store.held.hold(room.id, held).then(
      () => {
        room.holding.delete(key);
        room.held.set(held.id, held);
        deps.io.to(modsChannel(room.id)).emit('chat:message-held', held);
        return held;
      },
      (error: unknown) => {
        room.holding.delete(key);
        throw error;
      },
    );
    room.holding.set(key, stored);
    return { kind: 'held', stored, flagged: verdict.flagged };
  }

  const message: ChatMessage = {
    id: deps.ids.next(),
    seq: ++room.lastAssignedSeq,
    senderId: participantId,
    senderName: me.displayName,
    clientMsgId: payload.clientMsgId,
    text: text.value,
    sentAt,
  };
  const committed = deps.writer
    .submit({ room, message, fromSocketId: socket.id })
    .then(() => message);
  room.rememberSend(participantId, payload.clientMsgId, committed);
  return { kind: 'posted', committed, flagged: verdict.flagged };
}

const holdKey = (senderId: string, clientMsgId: string): string => `${senderId}\n${clientMsgId}`;

/** A retry of a held message: the same hold, once it is (or when it will be) on disk. */
function heldSend(
  room: LiveRoom,
  senderId: string,
  clientMsgId: string,
): Promise<HeldMessage> | undefined {
  const writing = room.holding.get(holdKey(senderId, clientMsgId));
  if (writing) return writing;
  for (const held of room.held.values())
    if (held.senderId === senderId && held.clientMsgId === clientMsgId)
      return Promise.resolve(held);
  return undefined;
}

const notStored =
  ({ room, deps }: RoomHandlerContext<'chat:send'>) =>
  (error: unknown): never => {
    if (error instanceof HavenError) throw error;
    deps.log.error({ err: error, sessionId: room.id }, 'message not stored');
    throw new HavenError('UNAVAILABLE', 'The message could not be stored; it will be retried.');
  };

/**
 * Flagged words: the moderators hear of it privately, whatever became of the message (posted,
 * held or refused), so that someone who writes about ending their life is never just filtered.
 */
async function alertModerators(ctx: RoomHandlerContext<'chat:send'>, outcome: Outcome) {
  const { room, deps, identity } = ctx;
  try {
    // A post that failed to commit raises nothing here: the sender's app retries it, and the
    // retry is checked (and alerts) again.
    const seq = outcome.kind === 'posted' ? (await outcome.committed).seq : null;
    await room.serial(() => raiseAlert(room, deps, identity, { reason: 'watched-words', seq }));
  } catch (err) {
    deps.log.error({ err, sessionId: room.id }, 'alerting the moderators failed');
  }
}
