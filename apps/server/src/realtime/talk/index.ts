import { CHAT_RATE_LIMIT, can, isTalkMember, normalizeChatText } from '@haven/core';
import { TALK_HISTORY_MAX, type PrivateTalk, type Reply, type TalkMessage } from '@haven/protocol';
import { HavenError } from '../../errors';
import { actorIn, personIn } from '../actor';
import { modsChannel } from '../channels';
import type { RealtimeDeps } from '../deps';
import type { createHandlerRegistry, RoomHandlerContext } from '../handler';
import type { LiveRoom } from '../live-room';
import { recordAction } from '../moderation/audit';
import { memberSockets } from './members';

/**
 * Private check-ins: a moderator and one participant talk away from the room. Every moderator
 * of the session sees that a check-in exists (talk:changed goes to the moderators' channel) and
 * may join it; its messages go only to the participant and the moderators who joined. The room
 * hears nothing of it. Every command runs in the room's section, so joins, messages and closing
 * keep one order.
 */
export function registerTalkHandlers({
  handleInRoom,
}: ReturnType<typeof createHandlerRegistry>): void {
  handleInRoom('talk:open', open);
  handleInRoom('talk:join', join);
  handleInRoom('talk:close', close);
  handleInRoom('talk:list', list);
  handleInRoom('talk:history', history);
  handleInRoom('talk:send', (ctx) => post(ctx, 'text', ctx.payload.text));
  handleInRoom('talk:share-resources', (ctx) => post(ctx, 'resources', ''));
}

function mustRespond(room: LiveRoom, identity: RoomHandlerContext<'talk:open'>['identity']): void {
  if (!can(actorIn(room, identity), 'support:respond'))
    throw new HavenError('FORBIDDEN', 'Only moderators open and join private check-ins.');
}

function talkIn(room: LiveRoom, talkId: string): PrivateTalk {
  const talk = room.talks.get(talkId);
  if (!talk) throw new HavenError('NOT_FOUND', 'No such private check-in in this session.');
  return talk;
}

/** The room's copy follows the store, read back after each change (the store is the truth). */
async function reread(room: LiveRoom, deps: RealtimeDeps, talkId: string): Promise<PrivateTalk> {
  const talk = (await deps.store.talks.of(room.id)).find((t) => t.id === talkId);
  if (!talk) throw new HavenError('NOT_FOUND', 'No such private check-in in this session.');
  room.talks.set(talk.id, talk);
  return talk;
}

function announce(room: LiveRoom, deps: RealtimeDeps, talk: PrivateTalk): void {
  const participant = room.speakerOf(talk.participantId);
  deps.io
    .to(participant ? [modsChannel(room.id), participant] : [modsChannel(room.id)])
    .emit('talk:changed', talk);
}

function open(ctx: RoomHandlerContext<'talk:open'>): Promise<Reply<'talk:open'>> {
  const { room, identity, payload, deps } = ctx;
  return room.serial(async () => {
    mustRespond(room, identity);
    const person = personIn(room, payload.participantId);
    if (person.role !== 'participant')
      throw new HavenError(
        'FORBIDDEN',
        "Moderators talk to each other in the moderators' channel.",
      );
    const me = { id: identity.participantId, name: nameOf(room, identity.participantId) };
    const at = new Date(deps.clock.now()).toISOString();
    const current = [...room.talks.values()].find(
      (t) => t.participantId === person.id && t.closedAt === null,
    );
    let talkId = current?.id;
    if (current) {
      await deps.store.talks.join(current.id, me, at);
    } else {
      const talk = {
        id: deps.ids.next(),
        participantId: person.id,
        displayName: person.displayName,
        openedAt: at,
      };
      await deps.store.talks.open(room.id, talk, me);
      talkId = talk.id;
      await recordAction(room, deps, identity, 'private-checkin-opened', {
        id: person.id,
        displayName: person.displayName,
      });
    }
    const talk = await reread(room, deps, talkId ?? '');
    announce(room, deps, talk);
    return talk;
  });
}

function join(ctx: RoomHandlerContext<'talk:join'>): Promise<Reply<'talk:join'>> {
  const { room, identity, payload, deps } = ctx;
  return room.serial(async () => {
    mustRespond(room, identity);
    const talk = talkIn(room, payload.talkId);
    if (talk.closedAt !== null)
      throw new HavenError('CONFLICT', 'This private check-in has ended.');
    if (isTalkMember(talk, identity.participantId)) return talk;
    const me = { id: identity.participantId, name: nameOf(room, identity.participantId) };
    await deps.store.talks.join(talk.id, me, new Date(deps.clock.now()).toISOString());
    const joined = await reread(room, deps, talk.id);
    announce(room, deps, joined);
    return joined;
  });
}

function close(ctx: RoomHandlerContext<'talk:close'>): Promise<Reply<'talk:close'>> {
  const { room, identity, payload, deps } = ctx;
  return room.serial(async () => {
    mustRespond(room, identity);
    const talk = talkIn(room, payload.talkId);
    if (talk.closedAt !== null) return talk;
    await deps.store.talks.close(talk.id, new Date(deps.clock.now()).toISOString());
    const closed = await reread(room, deps, talk.id);
    // Its call ends with it (announced before the check-in's end, so apps hang up first).
    room.media?.closeTalk(talk.id);
    announce(room, deps, closed);
    await recordAction(room, deps, identity, 'private-checkin-closed', {
      id: talk.participantId,
      displayName: talk.displayName,
    });
    return closed;
  });
}

function list(ctx: RoomHandlerContext<'talk:list'>): Promise<Reply<'talk:list'>> {
  const { room, identity } = ctx;
  const actor = actorIn(room, identity);
  const talks = [...room.talks.values()];
  if (can(actor, 'support:respond')) return Promise.resolve({ talks });
  if (!can(actor, 'chat:read')) throw new HavenError('FORBIDDEN', 'You are not in this room.');
  return Promise.resolve({
    talks: talks.filter((t) => t.participantId === identity.participantId),
  });
}

/** Read by its members only: a moderator who has not joined sees that it exists, not what is said. */
async function history(ctx: RoomHandlerContext<'talk:history'>): Promise<Reply<'talk:history'>> {
  const { room, identity, payload, deps } = ctx;
  if (!can(actorIn(room, identity), 'chat:read'))
    throw new HavenError('FORBIDDEN', 'You are not in this room.');
  const talk = room.talks.get(payload.talkId);
  if (!talk || !isTalkMember(talk, identity.participantId))
    throw new HavenError('NOT_FOUND', 'No such private check-in of yours.');
  if (talk.participantId !== identity.participantId) mustRespond(room, identity);
  return { messages: await deps.store.talks.messages(talk.id, TALK_HISTORY_MAX) };
}

function post(
  ctx: RoomHandlerContext<'talk:send'> | RoomHandlerContext<'talk:share-resources'>,
  kind: TalkMessage['kind'],
  raw: string,
): Promise<{ message: TalkMessage }> {
  const { room, identity, payload, deps } = ctx;
  return room.serial(async () => {
    const actor = actorIn(room, identity);
    if (!can(actor, 'chat:read')) throw new HavenError('FORBIDDEN', 'You are not in this room.');
    if (kind === 'resources') mustRespond(room, identity);
    const talk = room.talks.get(payload.talkId);
    if (!talk || !isTalkMember(talk, identity.participantId))
      throw new HavenError('NOT_FOUND', 'No such private check-in of yours.');
    // A moderator who joined it but is a moderator no longer has no business in it.
    if (talk.participantId !== identity.participantId) mustRespond(room, identity);
    if (talk.closedAt !== null)
      throw new HavenError('CONFLICT', 'This private check-in has ended.');
    // Private words count towards the same allowance as the room's.
    if (!room.takeChatToken(identity.participantId, CHAT_RATE_LIMIT, deps.clock.now()))
      throw new HavenError('RATE_LIMITED', 'You are sending messages too fast.');
    let text = '';
    if (kind === 'text') {
      const normalized = normalizeChatText(raw);
      if (!normalized.ok) throw new HavenError('INVALID_ARGUMENT', normalized.reason);
      text = normalized.value;
    }
    const draft: TalkMessage = {
      id: deps.ids.next(),
      talkId: talk.id,
      senderId: identity.participantId,
      senderName: nameOf(room, identity.participantId),
      clientMsgId: payload.clientMsgId,
      kind,
      text,
      sentAt: new Date(deps.clock.now()).toISOString(),
    };
    const message = await deps.store.talks.append(draft);
    // A retried send was delivered the first time; apps drop repeats by id anyway.
    if (message.id === draft.id) {
      const sockets = memberSockets(room, talk);
      if (sockets.length > 0) deps.io.to(sockets).emit('talk:message', message);
    }
    return { message };
  });
}

const nameOf = (room: LiveRoom, id: string): string =>
  room.presence.participants.get(id)?.displayName ?? '';
