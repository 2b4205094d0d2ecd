import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  PROTOCOL_VERSION,
  type ChatMessage,
  type ClientEventName,
  type ErrorCode,
  type HeldMessage,
  type JoinReply,
  type ParticipantView,
  type Payload,
  type Reply,
  type Result,
  type ServerEventName,
  type ServerPayload,
} from '@haven/protocol';
import type { ConnectionStatus, Signaling } from '../../services/signaling';
import { createMemoryRejoinStore, type RejoinStore } from './rejoin-store';
import {
  SEND_RETRY_BACKOFF_MS,
  createSessionController,
  type Credentials,
  type SessionController,
} from './session-controller';

interface Call {
  event: ClientEventName;
  payload: unknown;
  resolve: (result: Result<unknown>) => void;
}

/** A socket the test drives by hand: it decides when the link is up and what each reply is. */
class FakeSignaling implements Signaling {
  current: ConnectionStatus = 'idle';
  calls: Call[] = [];
  private statusListeners = new Set<(s: ConnectionStatus) => void>();
  private handlers = new Map<string, Set<(p: unknown) => void>>();

  request<E extends ClientEventName>(event: E, payload: Payload<E>): Promise<Result<Reply<E>>> {
    if (this.current !== 'connected')
      return Promise.resolve({ ok: false, error: { code: 'UNAVAILABLE', message: 'offline' } });
    return new Promise((resolve) =>
      this.calls.push({ event, payload, resolve: resolve as Call['resolve'] }),
    );
  }

  on<E extends ServerEventName>(event: E, handler: (payload: ServerPayload<E>) => void) {
    const set = this.handlers.get(event) ?? new Set();
    set.add(handler as (p: unknown) => void);
    this.handlers.set(event, set);
    return () => set.delete(handler as (p: unknown) => void);
  }

  status = () => this.current;
  onStatus(listener: (s: ConnectionStatus) => void) {
    this.statusListeners.add(listener);
    return () => this.statusListeners.delete(listener);
  }
  connect = () => this.setStatus('connecting');
  disconnect = () => this.setStatus('disconnected');

  setStatus(next: ConnectionStatus): void {
    this.current = next;
    // A dropped link fails what was waiting for a reply, as socket.io does.
    if (next !== 'connected') for (const call of this.calls.splice(0)) call.resolve(offline);
    for (const listener of [...this.statusListeners]) listener(next);
  }

  emit<E extends ServerEventName>(event: E, payload: ServerPayload<E>): void {
    for (const handler of this.handlers.get(event) ?? []) handler(payload);
  }

  /** The oldest unanswered request, which must be for `event`. */
  take<E extends ClientEventName>(
    event: E,
  ): { payload: Payload<E>; reply: (r: Result<Reply<E>>) => void } {
    const index = this.calls.findIndex((c) => c.event === event);
    const call = this.calls.splice(index, 1)[0];
    if (index === -1 || !call) throw new Error(`no pending ${event}; have ${this.pending()}`);
    return { payload: call.payload as Payload<E>, reply: call.resolve };
  }

  pending = (): string => this.calls.map((c) => c.event).join(',');
}

const offline: Result<never> = { ok: false, error: { code: 'UNAVAILABLE', message: 'offline' } };
const fail = (code: ErrorCode): Result<never> => ({ ok: false, error: { code, message: code } });
const ok = <T>(data: T): Result<T> => ({ ok: true, data });

const SESSION = {
  id: 'sess1',
  title: 'Tuesday circle',
  groupId: 'group1',
  groupName: 'Newcomers',
  openToAll: true,
  language: 'ar',
  agreement: { version: 2, text: 'Be kind.' },
  media: 'audio_video' as const,
  lobby: false,
  lobbyMessage: '',
  maskContacts: false,
  schedule: null,
};
const ME: ParticipantView = {
  id: 'me',
  displayName: 'Amal',
  role: 'participant',
  status: 'present',
};
const OTHER: ParticipantView = {
  id: 'p2',
  displayName: 'Bohdan',
  role: 'moderator',
  status: 'present',
};
const DEVICE_TOKEN = 'device-0123456789abcdef';
const AS_PARTICIPANT: Credentials = { kind: 'participant', deviceToken: DEVICE_TOKEN };

const msg = (seq: number, extra: Partial<ChatMessage> = {}): ChatMessage => ({
  id: `m${seq}`,
  seq,
  senderId: OTHER.id,
  senderName: OTHER.displayName,
  clientMsgId: `c${seq}`,
  text: `text ${seq}`,
  sentAt: '2025-01-01T10:00:00.000Z',
  ...extra,
});

const joinReply = (extra: Partial<JoinReply> = {}): JoinReply => ({
  self: ME,
  session: SESSION,
  participants: [OTHER, ME],
  history: [],
  historyComplete: true,
  moderation: {
    settings: { locked: false, paused: false, slowModeSeconds: 0 },
    muteAll: false,
    mutes: [],
    hands: { raised: [], turn: null },
  },
  ...extra,
});

/** Lets promise callbacks (acks, awaited replies) run. */
const settle = () => vi.advanceTimersByTimeAsync(0);

let socket: FakeSignaling;
let store: RejoinStore;
let controller: SessionController;
let ids: number;
let deviceToken: string | null;
/** The credentials each socket was opened with. */
let opened: Credentials[];

beforeEach(() => {
  vi.useFakeTimers();
  socket = new FakeSignaling();
  store = createMemoryRejoinStore();
  ids = 0;
  deviceToken = DEVICE_TOKEN;
  opened = [];
  controller = createSessionController({
    sessionId: SESSION.id,
    connect: (credentials) => {
      opened.push(credentials);
      return socket;
    },
    store,
    deviceToken: () => deviceToken,
    newClientMsgId: () => `out${++ids}`,
  });
});

afterEach(() => {
  controller.dispose();
  vi.useRealTimers();
});

const snap = () => controller.getSnapshot();
const seqs = () => snap().messages.map((m) => m.seq);

async function joinedWith(reply: JoinReply = joinReply()): Promise<void> {
  controller.join(AS_PARTICIPANT);
  socket.setStatus('connected');
  socket.take('session:join').reply(ok(reply));
  await settle();
}

describe('joining', () => {
  it('connects with the device token, joins with the protocol version, and remembers it', async () => {
    controller.join(AS_PARTICIPANT);
    expect(snap().phase).toEqual({ kind: 'joining', resuming: false });
    expect(opened).toEqual([AS_PARTICIPANT]);
    socket.setStatus('connected');
    const join = socket.take('session:join');
    expect(join.payload).toEqual({ protocolVersion: PROTOCOL_VERSION, sessionId: SESSION.id });
    join.reply(ok(joinReply({ history: [msg(1), msg(2)] })));
    await settle();

    expect(snap().phase).toMatchObject({ kind: 'joined', self: ME, session: SESSION });
    expect(snap().live).toBe(true);
    expect(snap().participants.map((p) => p.id)).toEqual(['p2', 'me']);
    expect(seqs()).toEqual([1, 2]);
    expect(store.load(SESSION.id)).toBe('participant');
  });

  it('after joining an empty room, rejoins asking for everything since seq 0', async () => {
    await joinedWith(joinReply({ history: [] }));
    socket.setStatus('disconnected');
    socket.setStatus('connected');
    expect(socket.take('session:join').payload).toEqual({
      protocolVersion: PROTOCOL_VERSION,
      sessionId: SESSION.id,
      lastSeq: 0,
    });
  });

  it('goes back in after a reload with the device token', () => {
    store.save(SESSION.id, 'participant');
    controller.resume();
    expect(snap().phase).toEqual({ kind: 'joining', resuming: true });
    expect(opened).toEqual([AS_PARTICIPANT]);
    socket.setStatus('connected');
    expect(socket.take('session:join').payload).toEqual({
      protocolVersion: PROTOCOL_VERSION,
      sessionId: SESSION.id,
    });
  });

  it('goes back in as staff, by cookie', () => {
    store.save(SESSION.id, 'staff');
    controller.resume();
    expect(opened).toEqual([{ kind: 'staff' }]);
  });

  it('does nothing on resume when this tab was not in the session', () => {
    controller.resume();
    expect(snap().phase).toEqual({ kind: 'idle', reason: 'initial' });
    expect(opened).toEqual([]);
  });

  it('shows the join page on resume when the device token is gone', () => {
    store.save(SESSION.id, 'participant');
    deviceToken = null;
    controller.resume();
    expect(snap().phase).toEqual({ kind: 'idle', reason: 'initial' });
    expect(store.load(SESSION.id)).toBeNull();
  });

  it('ends in a failed phase when the server refuses for good', async () => {
    controller.join(AS_PARTICIPANT);
    socket.setStatus('connected');
    socket.take('session:join').reply(fail('CONFLICT'));
    await settle();
    expect(snap().phase).toMatchObject({ kind: 'failed', error: { code: 'CONFLICT' } });
    expect(socket.current).toBe('disconnected');
  });

  it('retries a join the server could not serve, with back-off', async () => {
    controller.join(AS_PARTICIPANT);
    socket.setStatus('connected');
    socket.take('session:join').reply(fail('TIMEOUT'));
    await settle();
    expect(snap().notice?.code).toBe('TIMEOUT');
    expect(socket.pending()).toBe('');
    await vi.advanceTimersByTimeAsync(1_000);
    socket.take('session:join').reply(ok(joinReply()));
    await settle();
    expect(snap().phase.kind).toBe('joined');
  });

  it('returns to the join page when a rejoin is refused (a new agreement, say)', async () => {
    await joinedWith(joinReply({ history: [msg(1)] }));
    socket.setStatus('reconnecting');
    socket.setStatus('connected');
    socket.take('session:join').reply(fail('AGREEMENT_CHANGED'));
    await settle();
    expect(snap().phase).toMatchObject({ kind: 'failed', error: { code: 'AGREEMENT_CHANGED' } });
    expect(snap().messages).toEqual([]);
    expect(store.load(SESSION.id)).toBeNull();
    expect(socket.current).toBe('disconnected');
  });

  it('does not join again by itself after a refusal', async () => {
    store.save(SESSION.id, 'participant');
    controller.resume();
    socket.setStatus('connected');
    socket.take('session:join').reply(fail('FORBIDDEN'));
    await settle();
    expect(snap().phase).toMatchObject({ kind: 'failed', error: { code: 'FORBIDDEN' } });
    expect(socket.pending()).toBe('');
  });

  it('reports an outdated app', () => {
    controller.join(AS_PARTICIPANT);
    socket.setStatus('failed-protocol');
    expect(snap().phase).toMatchObject({ kind: 'failed', error: { code: 'UNSUPPORTED_PROTOCOL' } });
  });

  it('leaves the room when the server no longer knows this identity', async () => {
    await joinedWith();
    socket.setStatus('reconnecting');
    socket.setStatus('failed-auth');
    expect(snap().phase).toMatchObject({ kind: 'failed', error: { code: 'UNAUTHENTICATED' } });
    expect(store.load(SESSION.id)).toBeNull();
  });
});

describe('chat', () => {
  it('validates before queueing', async () => {
    await joinedWith();
    expect(controller.send('   ')).toEqual({ ok: false, reason: 'empty' });
    expect(controller.send('x'.repeat(2001))).toEqual({ ok: false, reason: 'too-long' });
    expect(snap().outbox).toEqual([]);
  });

  it('shows a message as pending until the ack, then once in the timeline', async () => {
    await joinedWith(joinReply({ history: [msg(1)] }));
    expect(controller.send('  hello ')).toEqual({ ok: true });
    expect(snap().outbox).toEqual([{ clientMsgId: 'out1', text: 'hello', status: 'pending' }]);

    const send = socket.take('chat:send');
    expect(send.payload).toEqual({ clientMsgId: 'out1', text: 'hello' });
    const stored = msg(2, { senderId: 'me', clientMsgId: 'out1', text: 'hello' });
    socket.emit('chat:message', stored);
    send.reply(ok({ message: stored }));
    await settle();

    expect(snap().outbox).toEqual([]);
    expect(seqs()).toEqual([1, 2]);
  });

  it('sends the outbox one at a time, in order', async () => {
    await joinedWith();
    controller.send('one');
    controller.send('two');
    expect(socket.pending()).toBe('chat:send');
    socket.take('chat:send').reply(ok({ message: msg(1, { clientMsgId: 'out1' }) }));
    await settle();
    expect(socket.take('chat:send').payload.text).toBe('two');
  });

  it('keeps a rate-limited message pending and tries again after a pause', async () => {
    await joinedWith();
    controller.send('hi');
    socket.take('chat:send').reply(fail('RATE_LIMITED'));
    await settle();
    expect(snap().notice?.code).toBe('RATE_LIMITED');
    expect(snap().outbox[0]?.status).toBe('pending');

    controller.send('queued behind it');
    expect(socket.pending()).toBe('');
    await vi.advanceTimersByTimeAsync(SEND_RETRY_BACKOFF_MS);
    expect(socket.take('chat:send').payload.clientMsgId).toBe('out1');
  });

  it('marks a refused message failed, and sends it again on retry', async () => {
    await joinedWith();
    controller.send('hi');
    socket.take('chat:send').reply(fail('FORBIDDEN'));
    await settle();
    expect(snap().outbox[0]).toMatchObject({ status: 'failed', error: 'FORBIDDEN' });

    controller.retry('out1');
    expect(socket.take('chat:send').payload.clientMsgId).toBe('out1');
  });

  it('lets the person discard a failed message', async () => {
    await joinedWith();
    controller.send('hi');
    socket.take('chat:send').reply(fail('INVALID_ARGUMENT'));
    await settle();
    controller.discard('out1');
    expect(snap().outbox).toEqual([]);
  });
});

describe('reconnecting', () => {
  it('queues while offline, rejoins with lastSeq, catches up, then sends', async () => {
    await joinedWith(joinReply({ history: [msg(1), msg(2), msg(3)] }));
    socket.setStatus('reconnecting');
    expect(snap().live).toBe(false);

    controller.send('written offline');
    await settle();
    expect(socket.pending()).toBe('');
    expect(snap().outbox[0]?.status).toBe('pending');

    socket.setStatus('connected');
    const join = socket.take('session:join');
    expect(join.payload).toEqual({
      protocolVersion: PROTOCOL_VERSION,
      sessionId: SESSION.id,
      lastSeq: 3,
    });
    join.reply(ok(joinReply({ history: [msg(4), msg(5)], historyComplete: false })));
    await settle();
    expect(snap().catchingUp).toBe(true);

    const page = socket.take('chat:history');
    expect(page.payload).toMatchObject({ afterSeq: 5 });
    page.reply(ok({ messages: [msg(6)], complete: true }));
    await settle();
    expect(seqs()).toEqual([1, 2, 3, 4, 5, 6]);
    expect(snap().catchingUp).toBe(false);

    const send = socket.take('chat:send');
    expect(send.payload.clientMsgId).toBe('out1');
  });

  it('recognises a message whose ack was lost and does not send it twice', async () => {
    await joinedWith(joinReply({ history: [msg(1)] }));
    controller.send('did it arrive?');
    socket.take('chat:send'); // stored by the server, but the link drops before the ack
    socket.setStatus('reconnecting');
    await settle();

    socket.setStatus('connected');
    const mine = msg(2, { senderId: 'me', clientMsgId: 'out1', text: 'did it arrive?' });
    socket.take('session:join').reply(ok(joinReply({ history: [mine] })));
    await settle();

    expect(snap().outbox).toEqual([]);
    expect(seqs()).toEqual([1, 2]);
    expect(socket.pending()).toBe('');
  });

  it('rejoins from before its own message when a later one overtook its lost ack', async () => {
    await joinedWith(joinReply({ history: [msg(1)] }));
    controller.send('mine');
    socket.take('chat:send'); // stored as seq 2; the ack is still on its way…
    socket.emit('chat:message', msg(3)); // …when someone else's next message arrives
    socket.setStatus('reconnecting'); // and the ack is lost with the link
    socket.setStatus('connected');
    expect(socket.take('session:join').payload.lastSeq).toBe(1);
  });

  it('asks again from the last page, not from a broadcast that overtook the catch-up', async () => {
    await joinedWith(joinReply({ history: [msg(1)] }));
    socket.setStatus('reconnecting');
    socket.setStatus('connected');
    socket.take('session:join').reply(ok(joinReply({ history: [msg(2)], historyComplete: false })));
    await settle();
    socket.emit('chat:message', msg(9)); // live, ahead of the pages still missing 3..8
    socket.setStatus('reconnecting');
    socket.setStatus('connected');
    expect(socket.take('session:join').payload.lastSeq).toBe(2);
  });

  it('joins again on the same connection if the server lost its identity', async () => {
    await joinedWith();
    controller.send('hi');
    socket.take('chat:send').reply(fail('UNAUTHENTICATED'));
    await settle();
    socket.take('session:join').reply(ok(joinReply()));
    await settle();
    expect(socket.take('chat:send').payload.clientMsgId).toBe('out1');
  });
});

describe('participants', () => {
  it('follows joins, updates and departures', async () => {
    await joinedWith();
    const newcomer: ParticipantView = {
      id: 'p3',
      displayName: 'Dana',
      role: 'participant',
      status: 'present',
    };
    socket.emit('participant:joined', newcomer);
    socket.emit('participant:updated', { ...OTHER, status: 'reconnecting' });
    socket.emit('participant:left', { participantId: 'p3' });
    expect(snap().participants).toEqual([{ ...OTHER, status: 'reconnecting' }, ME]);
  });

  it('returns to the join page when the server says this person left', async () => {
    await joinedWith();
    socket.emit('participant:left', { participantId: ME.id });
    expect(snap().phase).toEqual({ kind: 'idle', reason: 'removed' });
    expect(store.load(SESSION.id)).toBeNull();
    expect(snap().messages).toEqual([]);
  });
});

describe('leaving', () => {
  it('tells the server, forgets the room and the conversation, and disconnects', async () => {
    await joinedWith(joinReply({ history: [msg(1)] }));
    const leaving = controller.leave();
    expect(snap().phase).toEqual({ kind: 'idle', reason: 'left' });
    expect(snap().messages).toEqual([]);
    expect(store.load(SESSION.id)).toBeNull();
    socket.take('session:leave').reply(ok({}));
    await leaving;
    expect(socket.current).toBe('disconnected');
  });

  it('can join again afterwards, as the same device', async () => {
    await joinedWith();
    const leaving = controller.leave();
    socket.take('session:leave').reply(ok({}));
    await leaving;
    controller.join(AS_PARTICIPANT);
    expect(opened).toEqual([AS_PARTICIPANT, AS_PARTICIPANT]);
    expect(snap().phase).toEqual({ kind: 'joining', resuming: false });
  });
});

describe('moderation', () => {
  const SLOW = { locked: false, paused: false, slowModeSeconds: 30 };

  it('starts from the join reply and follows every room-wide broadcast', async () => {
    await joinedWith(
      joinReply({
        moderation: {
          settings: { locked: true, paused: false, slowModeSeconds: 0 },
          muteAll: true,
          mutes: [{ participantId: ME.id, kinds: ['audio'] }],
          hands: { raised: [], turn: null },
        },
      }),
    );
    expect(snap().moderation.muteAll).toBe(true);
    expect(snap().moderation.mutes).toEqual([{ participantId: ME.id, kinds: ['audio'] }]);

    socket.emit('moderation:mute-all', { on: false });
    socket.emit('moderation:mutes', { participantId: ME.id, kinds: [] });
    socket.emit('moderation:mutes', { participantId: OTHER.id, kinds: ['chat'] });
    socket.emit('hand:queue', {
      raised: [ME.id],
      turn: { participantId: OTHER.id, endsAt: '2025-01-01T10:02:00.000Z' },
    });
    socket.emit('room:settings', SLOW);
    expect(snap().moderation).toEqual({
      settings: SLOW,
      muteAll: false,
      mutes: [{ participantId: OTHER.id, kinds: ['chat'] }],
      hands: {
        raised: [ME.id],
        turn: { participantId: OTHER.id, endsAt: '2025-01-01T10:02:00.000Z' },
      },
    });
  });

  it('takes the words out of a message a moderator removed', async () => {
    await joinedWith(joinReply({ history: [msg(1), msg(2)] }));
    socket.emit('chat:removed', { seq: 2, removedBy: 'moderator' });
    expect(snap().messages[1]).toMatchObject({ seq: 2, text: '', removedBy: 'moderator' });
    expect(snap().messages[0]?.text).toBe('text 1');
  });

  it('closes for good when a moderator takes this person out, and never joins again', async () => {
    await joinedWith(joinReply({ history: [msg(1)] }));
    socket.emit('session:removed', { scope: 'session' });
    expect(snap().phase).toEqual({ kind: 'closed', reason: 'removed' });
    expect(snap().messages).toEqual([]);
    expect(store.load(SESSION.id)).toBeNull();
    // The server closes the connection: nothing reconnects or joins by itself afterwards.
    expect(socket.current).toBe('disconnected');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(socket.pending()).toBe('');
    controller.resume();
    expect(snap().phase).toEqual({ kind: 'closed', reason: 'removed' });
  });

  it('closes when the session is ended for all', async () => {
    await joinedWith();
    socket.emit('room:ended', {});
    expect(snap().phase).toEqual({ kind: 'closed', reason: 'ended' });
    expect(store.load(SESSION.id)).toBeNull();
  });

  it('holds a message back in slow mode until the wait is over, then sends it by itself', async () => {
    await joinedWith(joinReply({ moderation: { ...joinReply().moderation, settings: SLOW } }));
    controller.send('first');
    socket
      .take('chat:send')
      .reply(ok({ message: msg(1, { senderId: ME.id, clientMsgId: 'out1' }) }));
    await settle();
    // After a message, the composer knows how long until the next one.
    expect(snap().chatWaitUntil).toBe(Date.now() + 30_000);

    controller.send('second');
    socket.take('chat:send').reply({
      ok: false,
      error: { code: 'RATE_LIMITED', message: 'Slow mode is on: wait 12 s to post again.' },
    });
    await settle();
    expect(snap().outbox).toMatchObject([{ clientMsgId: 'out2', status: 'pending' }]);
    expect(snap().chatWaitUntil).toBe(Date.now() + 12_000);
    await vi.advanceTimersByTimeAsync(11_000);
    expect(socket.pending()).toBe('');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(socket.take('chat:send').payload.clientMsgId).toBe('out2');
  });

  it('sends a held message at once when slow mode is switched off', async () => {
    await joinedWith(joinReply({ moderation: { ...joinReply().moderation, settings: SLOW } }));
    controller.send('hello');
    socket.take('chat:send').reply({
      ok: false,
      error: { code: 'RATE_LIMITED', message: 'Slow mode is on: wait 200 s to post again.' },
    });
    await settle();
    socket.emit('room:settings', { ...SLOW, slowModeSeconds: 0 });
    await settle();
    expect(snap().chatWaitUntil).toBeNull();
    expect(socket.take('chat:send').payload.clientMsgId).toBe('out1');
  });
});

describe('the lobby', () => {
  const LOBBY = { lobby: true };

  it('knocks first where people wait, and joins once a moderator admits them', async () => {
    controller.join(AS_PARTICIPANT, LOBBY);
    socket.setStatus('connected');
    const knock = socket.take('lobby:knock');
    expect(knock.payload).toEqual({ protocolVersion: PROTOCOL_VERSION, sessionId: SESSION.id });
    expect(socket.pending()).toBe('');
    knock.reply(ok({ status: 'waiting', message: 'Starting at seven' }));
    await settle();
    expect(snap().phase).toEqual({ kind: 'waiting', message: 'Starting at seven' });
    expect(store.load(SESSION.id)).toBeNull();

    socket.emit('lobby:notice', { text: 'Two more minutes' });
    expect(snap().phase).toEqual({ kind: 'waiting', message: 'Two more minutes' });
    socket.emit('lobby:notice', { text: '' });
    expect(snap().phase).toEqual({ kind: 'waiting', message: null });

    socket.emit('lobby:admitted', {});
    // The waiting page stays until the room is there.
    expect(snap().phase.kind).toBe('waiting');
    socket.take('session:join').reply(ok(joinReply()));
    await settle();
    expect(snap().phase.kind).toBe('joined');
    expect(store.load(SESSION.id)).toBe('participant');
  });

  it('joins at once when the knock answers admitted, and rejoins without knocking', async () => {
    controller.join(AS_PARTICIPANT, LOBBY);
    socket.setStatus('connected');
    socket.take('lobby:knock').reply(ok({ status: 'admitted', message: null }));
    await settle();
    socket.take('session:join').reply(ok(joinReply()));
    await settle();
    expect(snap().phase.kind).toBe('joined');

    socket.setStatus('disconnected');
    socket.setStatus('connected');
    socket.take('session:join');
    expect(socket.pending()).toBe('');
  });

  it('stops on a denial and shows the reason, closing the connection', async () => {
    controller.join(AS_PARTICIPANT, LOBBY);
    socket.setStatus('connected');
    socket.take('lobby:knock').reply(ok({ status: 'waiting', message: null }));
    await settle();
    socket.emit('lobby:denied', { reason: 'This circle is full today' });
    expect(snap().phase).toEqual({ kind: 'denied', reason: 'This circle is full today' });
    expect(socket.current).toBe('disconnected');
    socket.emit('lobby:admitted', {});
    expect(socket.pending()).toBe('');
  });

  it('knocks again after the connection drops while waiting', async () => {
    controller.join(AS_PARTICIPANT, LOBBY);
    socket.setStatus('connected');
    socket.take('lobby:knock').reply(ok({ status: 'waiting', message: null }));
    await settle();
    socket.setStatus('disconnected');
    expect(snap().phase.kind).toBe('waiting');
    expect(snap().connection).toBe('disconnected');
    socket.setStatus('connected');
    socket.take('lobby:knock').reply(ok({ status: 'waiting', message: 'Back soon' }));
    await settle();
    expect(snap().phase).toEqual({ kind: 'waiting', message: 'Back soon' });
  });

  it('turns to the lobby when a locked room refuses the join, also on a resume', async () => {
    store.save(SESSION.id, 'participant');
    controller.resume();
    socket.setStatus('connected');
    socket.take('session:join').reply(fail('ROOM_LOCKED'));
    await settle();
    socket.take('lobby:knock').reply(ok({ status: 'waiting', message: null }));
    await settle();
    expect(snap().phase).toEqual({ kind: 'waiting', message: null });
  });

  it('does not loop when the room is locked again between an admitted knock and the join', async () => {
    controller.join(AS_PARTICIPANT, LOBBY);
    socket.setStatus('connected');
    socket.take('lobby:knock').reply(ok({ status: 'admitted', message: null }));
    await settle();
    socket.take('session:join').reply(fail('ROOM_LOCKED'));
    await settle();
    expect(snap().phase).toMatchObject({ kind: 'failed', error: { code: 'ROOM_LOCKED' } });
    expect(socket.pending()).toBe('');
  });

  it('goes back to the join page when a knock is refused for good (turned away before)', async () => {
    controller.join(AS_PARTICIPANT, LOBBY);
    socket.setStatus('connected');
    socket.take('lobby:knock').reply(fail('FORBIDDEN'));
    await settle();
    expect(snap().phase).toMatchObject({ kind: 'failed', error: { code: 'FORBIDDEN' } });
  });

  it('leaves the lobby without saying goodbye in a room it never entered', async () => {
    controller.join(AS_PARTICIPANT, LOBBY);
    socket.setStatus('connected');
    socket.take('lobby:knock').reply(ok({ status: 'waiting', message: null }));
    await settle();
    await controller.leave();
    expect(snap().phase).toEqual({ kind: 'idle', reason: 'left' });
    expect(socket.current).toBe('disconnected');
    expect(socket.pending()).toBe('');
  });
});

describe('watched words', () => {
  const held = (clientMsgId: string, extra: Partial<HeldMessage> = {}): HeldMessage => ({
    id: `h-${clientMsgId}`,
    senderId: ME.id,
    senderName: ME.displayName,
    clientMsgId,
    text: 'you idiots',
    sentAt: '2025-01-01T10:00:00.000Z',
    ...extra,
  });

  it('keeps a held message waiting in the sender’s own timeline, then swaps in the shared one', async () => {
    await joinedWith();
    controller.send('you idiots');
    socket.take('chat:send').reply(ok({ held: held('out1') }));
    await settle();
    expect(snap().outbox).toMatchObject([
      { clientMsgId: 'out1', status: 'held', heldId: 'h-out1' },
    ]);
    // Waiting is not failing: nothing is sent again, on this link or the next.
    await vi.advanceTimersByTimeAsync(60_000);
    expect(socket.pending()).toBe('');

    socket.emit('chat:held-resolved', { id: 'h-out1', clientMsgId: 'out1', outcome: 'shared' });
    socket.emit(
      'chat:message',
      msg(4, { senderId: ME.id, clientMsgId: 'out1', text: 'you idiots' }),
    );
    expect(snap().outbox).toEqual([]);
    expect(seqs()).toEqual([4]);
  });

  it('shows a notice, without the words, when a moderator deletes it', async () => {
    await joinedWith();
    controller.send('you idiots');
    socket.take('chat:send').reply(ok({ held: held('out1') }));
    await settle();
    socket.emit('chat:held-resolved', { id: 'h-out1', clientMsgId: 'out1', outcome: 'deleted' });
    expect(snap().outbox).toEqual([{ clientMsgId: 'out1', text: '', status: 'declined' }]);
    controller.discard('out1');
    expect(snap().outbox).toEqual([]);
  });

  it('shows the waiting ones again after a reload, and only this person’s', async () => {
    await joinedWith();
    controller.adoptHeld([held('x'), held('y', { senderId: OTHER.id })], new Set());
    expect(snap().outbox).toMatchObject([{ clientMsgId: 'x', status: 'held' }]);
  });

  it('gives a refused message back to the composer, with why, and sends the next one', async () => {
    await joinedWith();
    controller.send('a word we do not use');
    controller.send('next');
    socket.take('chat:send').reply(fail('MESSAGE_BLOCKED'));
    await settle();
    expect(snap().bounced?.text).toBe('a word we do not use');
    expect(snap().outbox.map((e) => e.clientMsgId)).toEqual(['out2']);
    expect(socket.take('chat:send').payload.text).toBe('next');
  });
});
