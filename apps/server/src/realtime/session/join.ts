import { enter, hasSeat, toView } from '@haven/core';
import { recordAttendance } from './attendance';
import { HISTORY_PAGE_MAX, type Reply } from '@haven/protocol';
import { lobbyChannel, modsChannel, roomChannel } from '../channels';
import { messagesFor } from '../chat/contacts-view';
import { doorFor, turnedAwayMessage } from '../lobby/door';
import { broadcastLobby } from '../lobby/view';
import { HavenError } from '../../errors';
import type { HandlerContext } from '../handler';
import type { LiveRoom } from '../live-room';
import type { RealtimeDeps } from '../deps';
import { broadcastPresence } from './broadcast-presence';
import { markConnectionLost } from './connection-lost';
import { arrival } from './arrival';
import { changeMutes, moderationView } from '../moderation/mutes';

/** How many recent messages a first join shows. */
export const RECENT_HISTORY = 50;
/** How many of a returning sender's recent sends are reloaded to recognise their retries. */
const RELOADED_SENDS = 50;

/** Connections with a join in progress: a second join must not race the first into a room. */
const joining = new WeakSet<object>();

export async function join(ctx: HandlerContext<'session:join'>): Promise<Reply<'session:join'>> {
  if (joining.has(ctx.socket))
    throw new HavenError('CONFLICT', 'A join is already in progress on this connection.');
  joining.add(ctx.socket);
  try {
    return await joinOnce(ctx);
  } finally {
    joining.delete(ctx.socket);
  }
}

async function joinOnce({
  socket,
  payload,
  deps,
}: HandlerContext<'session:join'>): Promise<Reply<'session:join'>> {
  // Joining again on the same connection (say, after connection-state recovery) is a resume;
  // a connection is in one session at a time.
  const current = socket.data.identity;
  if (current && current.sessionId !== payload.sessionId)
    throw new HavenError('CONFLICT', 'This connection has already joined another session.');
  const { room, me } = await arrival(socket, payload, deps);

  return room.serial(async () => {
    if (socket.disconnected) throw new HavenError('UNAVAILABLE', 'The connection closed.');
    if (room.ended) throw new HavenError('NOT_FOUND', 'This session has ended.');
    const { door, reason } = await doorFor(room, me, deps);
    if (door === 'turned-away') throw new HavenError('FORBIDDEN', turnedAwayMessage(reason));
    if (door === 'wait')
      throw room.settings.locked
        ? new HavenError('ROOM_LOCKED', 'The room is locked; knock and a moderator can let you in.')
        : new HavenError('FORBIDDEN', 'Wait in the lobby until a moderator lets you in.');
    if (!hasSeat(room.presence, room.capacity, { id: me.participantId, role: me.role }))
      throw new HavenError('ROOM_FULL', 'This session is full.');
    await rememberRecentSends(room, me.participantId, deps);

    // A second connection for the same person (a reload, a new network) replaces the first.
    const previous = room.setSpeaker(me.participantId, socket.id);
    if (previous && previous !== socket.id) deps.io.in(previous).disconnectSockets(true);

    const change = enter(
      room.presence,
      { id: me.participantId, displayName: me.displayName, role: me.role },
      deps.clock.now(),
    );
    room.presence = change.presence;
    // Others hear of the arrival before this socket is in the room: it gets itself in the reply.
    broadcastPresence(deps.io, room.id, change.events);
    recordAttendance(room, deps, change.events);
    // A newcomer under mute all (or with a mute from earlier in the session) is muted now.
    await changeMutes(room, deps);

    // Join the broadcast room first, then read history up to what has been broadcast so far:
    // later messages reach this socket as broadcasts, earlier ones in the reply. None twice.
    await socket.join(roomChannel(room.id));
    if (me.role !== 'participant') await socket.join(modsChannel(room.id));
    if (socket.data.waiting) {
      socket.data.waiting = undefined;
      room.lobby.delete(me.participantId);
      await socket.leave(lobbyChannel(room.id));
      await broadcastLobby(room, deps);
    }
    socket.data.identity = { participantId: me.participantId, sessionId: room.id, role: me.role };
    const upTo = room.lastCommittedSeq;
    const { history, historyComplete } =
      payload.lastSeq === undefined
        ? {
            history: await deps.store.chat.before(room.id, undefined, RECENT_HISTORY, upTo),
            historyComplete: true,
          }
        : await missedSince(room, payload.lastSeq, upTo, deps);

    if (!socket.connected) markConnectionLost(room, me.participantId, socket.id, deps);
    const self = room.presence.participants.get(me.participantId);
    const selfView = self && toView(self);
    if (!selfView) throw new HavenError('UNAVAILABLE', 'The connection closed.');
    return {
      self: selfView,
      session: room.info,
      participants: [...room.presence.participants.values()].flatMap((p) => toView(p) ?? []),
      history: messagesFor(room, me.role, history),
      historyComplete,
      moderation: moderationView(room, deps.clock.now()),
    };
  });
}

async function missedSince(room: LiveRoom, lastSeq: number, upTo: number, deps: RealtimeDeps) {
  const page = await deps.store.chat.after(room.id, lastSeq, HISTORY_PAGE_MAX + 1, upTo);
  return {
    history: page.slice(0, HISTORY_PAGE_MAX),
    historyComplete: page.length <= HISTORY_PAGE_MAX,
  };
}

/** After a restart, a sender's recent sends are reloaded so a retried message is not stored twice. */
async function rememberRecentSends(room: LiveRoom, participantId: string, deps: RealtimeDeps) {
  if (room.hasRememberedSends(participantId)) return;
  const recent = await deps.store.chat.recentBy(room.id, participantId, RELOADED_SENDS);
  for (const m of recent.reverse())
    room.rememberSend(participantId, m.clientMsgId, Promise.resolve(m));
}
