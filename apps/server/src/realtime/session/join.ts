import { enter, normalizeDisplayName, toView } from '@haven/core';
import { HISTORY_PAGE_MAX, PROTOCOL_VERSION, type Reply, type Role } from '@haven/protocol';
import { roomChannel } from '../channels';
import { HavenError } from '../../errors';
import type { HandlerContext } from '../handler';
import type { LiveRoom } from '../live-room';
import type { RealtimeDeps } from '../deps';
import { broadcastPresence } from './broadcast-presence';
import { markConnectionLost } from './connection-lost';
import { hashSecret, newSecret } from '../../auth/tokens';

/** How many recent messages a first join shows. */
export const RECENT_HISTORY = 50;
/** How many of a resumed sender's recent sends are reloaded to recognise their retries. */
const RELOADED_SENDS = 50;

interface Identity {
  participantId: string;
  displayName: string;
  role: Role;
  resumeToken: string;
}

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
  if (payload.protocolVersion !== PROTOCOL_VERSION)
    throw new HavenError('UNSUPPORTED_PROTOCOL', 'This app is out of date; reload the page.');
  const current = socket.data.identity;
  // Joining again on the same connection is a resume (say, after connection-state recovery),
  // allowed only as the same person in the same session.
  if (current && (current.sessionId !== payload.sessionId || !payload.resumeToken))
    throw new HavenError('CONFLICT', 'This connection has already joined a session.');
  const name = normalizeDisplayName(payload.displayName);
  if (!name.ok) throw new HavenError('INVALID_ARGUMENT', name.reason);
  const room = await deps.rooms.get(payload.sessionId);
  if (!room) throw new HavenError('NOT_FOUND', 'This session does not exist.');
  if (payload.agreementVersion !== room.info.agreement.version)
    throw new HavenError('AGREEMENT_CHANGED', 'The group agreement has changed; read it again.');

  return room.serial(async () => {
    const me = await resumeOrCreate(room, name.value, payload.resumeToken, deps);
    if (socket.disconnected) throw new HavenError('UNAVAILABLE', 'The connection closed.');
    if (current && current.participantId !== me.participantId)
      throw new HavenError('CONFLICT', 'This connection has already joined as someone else.');

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

    // Join the broadcast room first, then read history up to what has been broadcast so far:
    // later messages reach this socket as broadcasts, earlier ones in the reply. None twice.
    await socket.join(roomChannel(room.id));
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
      resumeToken: me.resumeToken,
      session: room.info,
      participants: [...room.presence.participants.values()].flatMap((p) => toView(p) ?? []),
      history,
      historyComplete,
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

/** The same person again (by resume token) or a new participant with a fresh token. */
async function resumeOrCreate(
  room: LiveRoom,
  displayName: string,
  resumeToken: string | undefined,
  deps: RealtimeDeps,
): Promise<Identity> {
  const { participants } = deps.store;
  const now = new Date(deps.clock.now()).toISOString();
  if (resumeToken) {
    const known = await participants.findByDeviceToken(hashSecret(resumeToken));
    const membership = known && (await participants.membership(room.groupId, known.id));
    if (known && membership?.status === 'admitted') {
      if (!room.hasRememberedSends(known.id)) {
        // After a restart, reload their recent sends so a retried message is not stored twice.
        const recent = await deps.store.chat.recentBy(room.id, known.id, RELOADED_SENDS);
        for (const m of recent.reverse())
          room.rememberSend(known.id, m.clientMsgId, Promise.resolve(m));
      }
      return {
        participantId: known.id,
        displayName: membership.displayName,
        role: 'participant',
        resumeToken,
      };
    }
  }
  const participantId = deps.ids.next();
  const token = newSecret();
  await participants.create(participantId, hashSecret(token), now);
  await participants.putMembership(
    { groupId: room.groupId, participantId, displayName, status: 'admitted' },
    now,
  );
  return { participantId, displayName, role: 'participant', resumeToken: token };
}
