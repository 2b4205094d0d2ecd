import {
  CHAT_TEXT_MAX,
  HISTORY_PAGE_MAX,
  PROTOCOL_VERSION,
  type ChatMessage,
  type ErrorBody,
  type ErrorCode,
  type HeldMessage,
  type JoinReply,
  type ParticipantView,
  type Payload,
  type RoomModeration,
  type SessionInfo,
} from '@haven/protocol';
import { normalizeChatText } from '@haven/core';
import type { ConnectionStatus, Signaling } from '../../services/signaling';
import { highestSeq, markRemoved, maxSeq, mergeMessages } from '../chat/timeline';
import { slowModeWait } from '../moderation/chat-block';
import {
  NO_MODERATION,
  applyModeration,
  type ModerationChange,
} from '../moderation/room-moderation';
import {
  adoptHeld,
  createClientMsgId,
  enqueue,
  isTransient,
  markDeclined,
  markFailed,
  markHeld,
  markPending,
  nextPending,
  removeConfirmed,
  removeEntry,
  requeueTransient,
  type Outbox,
} from '../chat/outbox';
import {
  removeParticipant,
  rosterWithSelf,
  upsertParticipant,
  type Participants,
} from './participants';
import type { JoinedAs, RejoinStore } from './rejoin-store';
import { createListeners } from '../../services/listeners';

export const JOIN_TIMEOUT_MS = 15_000;
export const SEND_TIMEOUT_MS = 10_000;
export const HISTORY_TIMEOUT_MS = 15_000;
export const LEAVE_TIMEOUT_MS = 3_000;
/** Back-off between retries of a join or catch-up page the server could not serve. */
export const RETRY_DELAYS_MS = [1_000, 2_000, 5_000, 10_000] as const;
/**
 * A send refused for a passing reason (rate limit, a slow or busy server) is tried again after
 * this many ms per attempt, up to the maximum, before it is shown as failed. Resending is safe:
 * the server recognises a clientMsgId it already stored.
 */
export const SEND_RETRY_BACKOFF_MS = 2_000;
export const SEND_MAX_ATTEMPTS = 3;

/**
 * Where this tab stands in the session. `idle` and `failed` show the join page; `joined` stays
 * while the connection drops and comes back (see `live`). `closed`: a moderator took this person
 * out, or ended the session for all; nothing joins again by itself. `waiting`: in the session's
 * lobby until a moderator lets the person in (then straight on to `joined`) or turns them away
 * (`denied`, which stays like `closed`).
 */
export type SessionPhase =
  | { kind: 'idle'; reason: 'initial' | 'left' | 'removed' }
  | { kind: 'joining'; resuming: boolean }
  | { kind: 'waiting'; message: string | null }
  | { kind: 'joined'; self: ParticipantView; session: SessionInfo }
  | { kind: 'failed'; error: ErrorBody }
  | { kind: 'closed'; reason: 'removed' | 'ended' }
  | { kind: 'denied'; reason: string | null };

/** An error to announce; `serial` changes each time so a repeated error is announced again. */
export interface Notice {
  code: ErrorCode;
  serial: number;
}

/** A message refused for its words: its text goes back to the composer, with why. */
export interface Bounced {
  text: string;
  serial: number;
}

export interface SessionSnapshot {
  phase: SessionPhase;
  connection: ConnectionStatus;
  /** Joined on the current connection: sends go out now rather than waiting in the outbox. */
  live: boolean;
  participants: Participants;
  /** Confirmed messages, sorted by seq, one per seq. */
  messages: readonly ChatMessage[];
  /** This person's unconfirmed messages, oldest first. */
  outbox: Outbox;
  /** Paging through `chat:history` after a (re)join. */
  catchingUp: boolean;
  notice: Notice | null;
  /** Mutes, mute all, hands and room settings, as the server last said. */
  moderation: RoomModeration;
  /** Slow mode holds this person's next message until then (ms since the epoch). */
  chatWaitUntil: number | null;
  /** The last message refused with MESSAGE_BLOCKED, for the composer to give back. */
  bounced: Bounced | null;
}

/**
 * Who the socket speaks for. The server takes the name and role from the person's membership
 * (participants) or account (staff); the client never states them.
 */
export type Credentials = { kind: 'staff' } | { kind: 'participant'; deviceToken: string };

/** What the join page knows about the session's door before anyone asks at it. */
export interface Door {
  /** People wait in the lobby: knock first instead of joining straight away. */
  lobby: boolean;
}

export type SendOutcome = { ok: true } | { ok: false; reason: 'empty' | 'too-long' | 'not-joined' };

export interface SessionControllerDeps {
  sessionId: string;
  /** Opens a socket for these credentials: on a join or a resume (leaving closes it again). */
  connect: (credentials: Credentials) => Signaling;
  store: RejoinStore;
  /** This device's token, for a participant's resume after a reload. */
  deviceToken: () => string | null;
  newClientMsgId?: () => string;
}

/** Function-valued members: React passes them around unbound (they use no `this`). */
export interface SessionController {
  subscribe: (listener: () => void) => () => void;
  getSnapshot: () => SessionSnapshot;
  /** Goes back into the session this tab was in before a reload, without the join page. */
  resume: () => void;
  join: (credentials: Credentials, door?: Door) => void;
  send: (text: string) => SendOutcome;
  retry: (clientMsgId: string) => void;
  discard: (clientMsgId: string) => void;
  /**
   * The server's list of held messages (`chat:held`, read by the held-messages binding on every
   * rejoin): this person's own show as waiting in their outbox. `waitingWhenAsked`: the
   * clientMsgIds shown waiting when the list was asked for (only those can have been decided).
   */
  adoptHeld: (held: readonly HeldMessage[], waitingWhenAsked: ReadonlySet<string>) => void;
  /** Asks the server to reconnect after it closed the connection. */
  reconnect: () => void;
  leave: () => Promise<void>;
  /** Closes the socket without leaving (the tab still counts as in the session on a reload). */
  dispose: () => void;
  /**
   * The socket client of the current join, for areas that speak their own events (media). It
   * stays the same across reconnects; a new join after leaving gets a new one.
   */
  signaling: () => Signaling | null;
}

const INITIAL: SessionSnapshot = {
  phase: { kind: 'idle', reason: 'initial' },
  connection: 'idle',
  live: false,
  participants: [],
  messages: [],
  outbox: [],
  catchingUp: false,
  notice: null,
  moderation: NO_MODERATION,
  chatWaitUntil: null,
  bounced: null,
};

const CLEARED = {
  live: false,
  participants: [],
  messages: [],
  outbox: [],
  catchingUp: false,
  moderation: NO_MODERATION,
  chatWaitUntil: null,
  bounced: null,
} satisfies Partial<SessionSnapshot>;

const delayFor = (attempt: number): number =>
  RETRY_DELAYS_MS[Math.min(attempt, RETRY_DELAYS_MS.length - 1)] ?? 10_000;

/** Handshake refusals that end the attempt: retrying the same connection cannot succeed. */
const REFUSALS: Partial<Record<ConnectionStatus, ErrorCode>> = {
  'failed-protocol': 'UNSUPPORTED_PROTOCOL',
  'failed-auth': 'UNAUTHENTICATED',
};

export function createSessionController(deps: SessionControllerDeps): SessionController {
  const { sessionId, store } = deps;
  const newClientMsgId = deps.newClientMsgId ?? createClientMsgId;

  let snapshot = INITIAL;
  const listeners = createListeners();
  let signaling: Signaling | null = null;
  let unsubscribers: (() => void)[] = [];
  let credentials: Credentials | null = null;
  /** Ask at the door (`lobby:knock`) before `session:join`: a lobby, or a locked room. */
  let knocking = false;
  /**
   * Bumped whenever the connection changes (or the session is torn down): async work started
   * under an older epoch drops its result instead of applying it to a newer connection.
   */
  let epoch = 0;
  /** Everything up to this seq is known to be here: the `lastSeq` of the next rejoin. */
  let syncedSeq: number | undefined;
  let pumpEpoch: number | null = null;
  let joinAttempt = 0;
  let noticeSerial = 0;
  const sendAttempts = new Map<string, number>();
  /** While a send backs off, the pump waits (a new message must not jump the queue). */
  let sendPausedUntil = 0;
  const timers = new Set<ReturnType<typeof setTimeout>>();

  const update = (patch: Partial<SessionSnapshot>): void => {
    snapshot = { ...snapshot, ...patch };
    listeners.notify();
  };

  const notice = (code: ErrorCode): Notice => ({ code, serial: ++noticeSerial });

  const later = (ms: number, run: () => void): void => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      run();
    }, ms);
    timers.add(timer);
  };

  const clearTimers = (): void => {
    for (const timer of timers) clearTimeout(timer);
    timers.clear();
  };

  /** Stops all work for this session; the caller decides what the snapshot becomes. */
  function teardown(): Signaling | null {
    const closing = signaling;
    for (const unsubscribe of unsubscribers) unsubscribe();
    unsubscribers = [];
    signaling = null;
    credentials = null;
    knocking = false;
    epoch++;
    syncedSeq = undefined;
    joinAttempt = 0;
    sendAttempts.clear();
    sendPausedUntil = 0;
    clearTimers();
    return closing;
  }

  /** Out of the room: a reload shows the join page again (the device token stays). */
  function end(phase: SessionPhase): void {
    store.clear(sessionId);
    teardown()?.disconnect();
    update({ ...CLEARED, phase, connection: 'disconnected' });
  }

  function open(wanted: Credentials): void {
    if (!signaling) {
      const s = deps.connect(wanted);
      signaling = s;
      unsubscribers = [
        s.onStatus(onStatus),
        s.on('chat:message', (message) => acceptMessages([message], true)),
        s.on('participant:joined', onParticipant),
        s.on('participant:updated', onParticipant),
        s.on('participant:left', ({ participantId }) => onParticipantLeft(participantId)),
        s.on('moderation:mutes', (mutes) => moderate({ type: 'mutes', mutes })),
        s.on('moderation:mute-all', ({ on }) => moderate({ type: 'mute-all', on })),
        s.on('hand:queue', (hands) => moderate({ type: 'hands', hands })),
        s.on('room:settings', (settings) => moderate({ type: 'settings', settings })),
        s.on('chat:removed', ({ seq, removedBy }) => onRemoved(seq, removedBy)),
        // Shared: it arrives as a chat:message with its clientMsgId, which replaces the copy.
        s.on('chat:held-resolved', ({ clientMsgId, outcome }) => {
          if (outcome === 'deleted') declined(clientMsgId);
        }),
        // The server closes the connection after these: stop here, and do not join again.
        s.on('session:removed', () => closeFor('removed')),
        s.on('room:ended', () => closeFor('ended')),
        s.on('lobby:admitted', onAdmitted),
        s.on('lobby:notice', ({ text }) => onLobbyNotice(text)),
        // The server forgets this connection's place in the lobby: nothing joins by itself.
        s.on('lobby:denied', ({ reason }) => {
          if (snapshot.phase.kind === 'waiting') end({ kind: 'denied', reason });
        }),
      ];
    }
    update({ connection: signaling.status() });
    if (signaling.status() === 'connected') void runJoin(++epoch);
    else signaling.connect();
  }

  function onStatus(status: ConnectionStatus): void {
    // Any change of connection invalidates what was in flight on the old one.
    epoch++;
    const refusal = REFUSALS[status];
    const { kind } = snapshot.phase;
    // An outdated app in the room keeps what it shows and offers a reload (the banner); an
    // identity the server no longer knows cannot stay in the room at all.
    if (
      refusal !== undefined &&
      (kind === 'joining' ||
        kind === 'waiting' ||
        (kind === 'joined' && refusal === 'UNAUTHENTICATED'))
    ) {
      end({ kind: 'failed', error: { code: refusal, message: '' } });
      return;
    }
    update({ connection: status, live: false });
    if (status === 'connected') void runJoin(epoch);
  }

  async function runJoin(myEpoch: number): Promise<void> {
    const s = signaling;
    const wanted = credentials;
    if (!s || !wanted) return;
    const knocked = knocking;
    if (knocked) {
      const knock = await s.request(
        'lobby:knock',
        { protocolVersion: PROTOCOL_VERSION, sessionId },
        { timeoutMs: JOIN_TIMEOUT_MS },
      );
      if (myEpoch !== epoch || credentials !== wanted) return;
      if (!knock.ok) {
        refused(knock.error, s, myEpoch);
        return;
      }
      if (knock.data.status === 'waiting') {
        joinAttempt = 0;
        update({ phase: { kind: 'waiting', message: knock.data.message }, notice: null });
        return;
      }
      // Admitted once is admitted for good: later rejoins go straight to session:join.
      knocking = false;
    }
    const lastSeq = syncedSeq;
    const payload: Payload<'session:join'> = {
      protocolVersion: PROTOCOL_VERSION,
      sessionId,
      ...(lastSeq !== undefined && { lastSeq }),
    };
    const result = await s.request('session:join', payload, { timeoutMs: JOIN_TIMEOUT_MS });
    if (myEpoch !== epoch || credentials !== wanted) return;
    if (result.ok) {
      applyJoin(result.data, wanted.kind, myEpoch);
      return;
    }
    // A locked room lets newcomers wait in the lobby instead. Only once per attempt: a knock
    // that was just answered `admitted` must not turn into a loop.
    if (result.error.code === 'ROOM_LOCKED' && !knocked) {
      knocking = true;
      void runJoin(myEpoch);
      return;
    }
    refused(result.error, s, myEpoch);
  }

  /** A knock or join the server did not accept: try again later, or stop with why. */
  function refused(error: ErrorBody, s: Signaling, myEpoch: number): void {
    const { code } = error;
    if (code === 'UNAVAILABLE' && s.status() !== 'connected') return; // the next `connect` retries
    if (isTransient(code) && code !== 'UNAUTHENTICATED') {
      if (snapshot.phase.kind === 'joining') update({ notice: notice(code) });
      later(delayFor(joinAttempt++), () => {
        if (myEpoch === epoch) void runJoin(myEpoch);
      });
      return;
    }
    // Refused for good (FORBIDDEN, AGREEMENT_CHANGED, NOT_FOUND…): back to the join page, which
    // shows why and what to do, even when the refusal comes on a rejoin after a reconnect.
    end({ kind: 'failed', error });
  }

  function onAdmitted(): void {
    if (snapshot.phase.kind !== 'waiting') return;
    knocking = false;
    // The waiting page stays up until the room is there, with nothing in between to flash.
    epoch++;
    void runJoin(epoch);
  }

  function onLobbyNotice(text: string): void {
    if (snapshot.phase.kind !== 'waiting') return;
    update({ phase: { kind: 'waiting', message: text === '' ? null : text } });
  }

  function applyJoin(reply: JoinReply, joinedAs: JoinedAs, myEpoch: number): void {
    store.save(sessionId, joinedAs);
    joinAttempt = 0;
    const messages = mergeMessages(snapshot.messages, reply.history);
    // A complete reply means nothing is missing up to now: even an empty room is a sync point
    // (seq 0), so the next rejoin asks for everything after it, not just the newest page.
    syncedSeq = reply.historyComplete
      ? (highestSeq(messages) ?? 0)
      : maxSeq(syncedSeq, highestSeq(reply.history));
    const catchingUp = !reply.historyComplete && syncedSeq !== undefined;
    update({
      phase: { kind: 'joined', self: reply.self, session: reply.session },
      live: true,
      participants: rosterWithSelf(reply.participants, reply.self),
      messages,
      outbox: removeConfirmed(requeueTransient(snapshot.outbox), messages),
      catchingUp,
      notice: snapshot.phase.kind === 'joining' ? null : snapshot.notice,
      moderation: reply.moderation,
    });
    if (catchingUp) void catchUp(myEpoch, 0);
    sendPausedUntil = 0;
    void pump();
  }

  async function catchUp(myEpoch: number, attempt: number): Promise<void> {
    for (;;) {
      const s = signaling;
      const afterSeq = syncedSeq;
      if (!s || myEpoch !== epoch || afterSeq === undefined) return;
      const result = await s.request(
        'chat:history',
        { afterSeq, limit: HISTORY_PAGE_MAX },
        { timeoutMs: HISTORY_TIMEOUT_MS },
      );
      if (myEpoch !== epoch) return;
      if (!result.ok) {
        const { code } = result.error;
        if (code === 'UNAUTHENTICATED') rejoin();
        else if (code === 'UNAVAILABLE' && s.status() !== 'connected') return;
        else if (isTransient(code))
          later(delayFor(attempt), () => void catchUp(myEpoch, attempt + 1));
        // Refused for good: show what we have; the next rejoin asks again from syncedSeq.
        else update({ catchingUp: false, notice: notice(code) });
        return;
      }
      const { messages: page, complete } = result.data;
      acceptMessages(page, false);
      const pageEnd = highestSeq(page);
      // Stop on an empty page too: asking again from the same place would loop forever.
      if (complete || pageEnd === undefined || pageEnd <= afterSeq) {
        syncedSeq = maxSeq(syncedSeq, highestSeq(snapshot.messages));
        update({ catchingUp: false });
        return;
      }
      syncedSeq = pageEnd;
    }
  }

  /** The server lost this connection's identity (it restarted, say): join again on it. */
  function rejoin(): void {
    epoch++;
    update({ live: false });
    void runJoin(epoch);
  }

  function acceptMessages(incoming: readonly ChatMessage[], broadcast: boolean): void {
    if (snapshot.phase.kind !== 'joined' && snapshot.phase.kind !== 'joining') return;
    const messages = mergeMessages(snapshot.messages, incoming);
    const outbox = removeConfirmed(snapshot.outbox, incoming);
    // Broadcasts come in seq order, so once caught up the newest one is the sync point. A
    // broadcast during catch-up may be ahead of a gap the pages have not filled yet. Our own
    // messages come back in their acks, not as broadcasts, and a later message can arrive before
    // the ack of ours: while one of ours waits, the sync point stays, so a rejoin asks from
    // before it and the catch-up carries it even if the ack is lost.
    if (broadcast && snapshot.live && !snapshot.catchingUp && !nextPending(outbox))
      syncedSeq = maxSeq(syncedSeq, highestSeq(incoming));
    if (messages !== snapshot.messages || outbox !== snapshot.outbox) update({ messages, outbox });
  }

  function onParticipant(person: ParticipantView): void {
    const { phase } = snapshot;
    if (phase.kind !== 'joined') return;
    const participants = upsertParticipant(snapshot.participants, person);
    if (person.id === phase.self.id) update({ participants, phase: { ...phase, self: person } });
    else if (participants !== snapshot.participants) update({ participants });
  }

  function onParticipantLeft(participantId: string): void {
    const { phase } = snapshot;
    if (phase.kind !== 'joined') return;
    if (participantId === phase.self.id) {
      end({ kind: 'idle', reason: 'removed' });
      return;
    }
    const participants = removeParticipant(snapshot.participants, participantId);
    const moderation = applyModeration(snapshot.moderation, { type: 'left', participantId });
    if (participants !== snapshot.participants || moderation !== snapshot.moderation)
      update({ participants, moderation });
  }

  function moderate(change: ModerationChange): void {
    if (snapshot.phase.kind !== 'joined') return;
    const moderation = applyModeration(snapshot.moderation, change);
    if (moderation === snapshot.moderation) return;
    const slowModeEnded =
      moderation.settings.slowModeSeconds === 0 && snapshot.moderation.settings.slowModeSeconds > 0;
    update({ moderation, ...(slowModeEnded && { chatWaitUntil: null }) });
    // A message held back by slow mode goes out now that there is nothing to wait for.
    if (slowModeEnded && sendPausedUntil > Date.now()) {
      sendPausedUntil = 0;
      void pump();
    }
  }

  function onRemoved(seq: number, removedBy: 'sender' | 'moderator'): void {
    const messages = markRemoved(snapshot.messages, seq, removedBy);
    if (messages !== snapshot.messages) update({ messages });
  }

  function declined(clientMsgId: string): void {
    const outbox = markDeclined(snapshot.outbox, clientMsgId);
    if (outbox !== snapshot.outbox) update({ outbox });
  }

  function closeFor(reason: 'removed' | 'ended'): void {
    if (snapshot.phase.kind === 'closed') return;
    end({ kind: 'closed', reason });
  }

  /** After a message went out in slow mode, the composer shows the wait before the next one. */
  function slowModeTurnTaken(): void {
    const { phase, moderation } = snapshot;
    const seconds = moderation.settings.slowModeSeconds;
    if (phase.kind !== 'joined' || phase.self.role !== 'participant' || seconds === 0) return;
    update({ chatWaitUntil: Date.now() + seconds * 1000 });
  }

  /**
   * Sends the outbox oldest first, one at a time, so messages keep the order they were written
   * in. One pump per connection: a pump from an older connection stops at its next step.
   */
  async function pump(): Promise<void> {
    if (pumpEpoch === epoch) return;
    const myEpoch = epoch;
    pumpEpoch = myEpoch;
    try {
      for (;;) {
        const s = signaling;
        const entry = nextPending(snapshot.outbox);
        if (!s || !snapshot.live || myEpoch !== epoch || !entry) return;
        if (Date.now() < sendPausedUntil) return;
        const result = await s.request(
          'chat:send',
          { clientMsgId: entry.clientMsgId, text: entry.text },
          { timeoutMs: SEND_TIMEOUT_MS },
        );
        if (result.ok) {
          sendAttempts.delete(entry.clientMsgId);
          const reply = result.data;
          if ('held' in reply) update({ outbox: markHeld(snapshot.outbox, reply.held) });
          else acceptMessages([reply.message], false);
          slowModeTurnTaken();
          continue;
        }
        // The connection changed under us: the entry stays pending and goes out after the rejoin.
        if (myEpoch !== epoch || !snapshot.live) return;
        const { code } = result.error;
        if (code === 'UNAUTHENTICATED') {
          rejoin();
          return;
        }
        if (code === 'UNAVAILABLE' && s.status() !== 'connected') return;
        // Refused for its words: nothing was posted, and what the person wrote goes back to them.
        if (code === 'MESSAGE_BLOCKED') {
          sendAttempts.delete(entry.clientMsgId);
          update({
            outbox: removeEntry(snapshot.outbox, entry.clientMsgId),
            bounced: { text: entry.text, serial: ++noticeSerial },
          });
          continue;
        }
        // Slow mode is not a failure: the message waits its turn and then goes out by itself.
        const slowWait = code === 'RATE_LIMITED' ? slowModeWait(result.error.message) : null;
        if (slowWait !== null) {
          sendPausedUntil = Date.now() + slowWait * 1000;
          update({ chatWaitUntil: sendPausedUntil });
          later(slowWait * 1000, () => void pump());
          return;
        }
        const attempts = (sendAttempts.get(entry.clientMsgId) ?? 0) + 1;
        if (isTransient(code) && attempts < SEND_MAX_ATTEMPTS) {
          sendAttempts.set(entry.clientMsgId, attempts);
          // Slowing down is the person's part in a rate limit: say so at once.
          if (code === 'RATE_LIMITED') update({ notice: notice(code) });
          const wait = SEND_RETRY_BACKOFF_MS * attempts;
          sendPausedUntil = Date.now() + wait;
          later(wait, () => void pump());
          return;
        }
        sendAttempts.delete(entry.clientMsgId);
        update({
          outbox: markFailed(snapshot.outbox, entry.clientMsgId, code),
          notice: notice(code),
        });
      }
    } finally {
      if (pumpEpoch === myEpoch) pumpEpoch = null;
    }
  }

  return {
    subscribe: listeners.subscribe,
    getSnapshot: () => snapshot,

    resume() {
      const { phase } = snapshot;
      if (phase.kind !== 'idle' || phase.reason !== 'initial') return;
      const joinedAs = store.load(sessionId);
      if (joinedAs === null) return;
      if (joinedAs === 'staff') credentials = { kind: 'staff' };
      else {
        const deviceToken = deps.deviceToken();
        // The key is gone (site data cleared): the join page says what to do.
        if (deviceToken === null) {
          store.clear(sessionId);
          return;
        }
        credentials = { kind: 'participant', deviceToken };
      }
      update({ phase: { kind: 'joining', resuming: true }, notice: null });
      open(credentials);
    },

    join(wanted, door) {
      const { kind } = snapshot.phase;
      if (kind === 'joining' || kind === 'waiting' || kind === 'joined') return;
      credentials = wanted;
      knocking = door?.lobby ?? false;
      update({ ...CLEARED, phase: { kind: 'joining', resuming: false }, notice: null });
      open(wanted);
    },

    send(raw) {
      if (snapshot.phase.kind !== 'joined') return { ok: false, reason: 'not-joined' };
      const text = normalizeChatText(raw);
      // The rule fails only for empty or over-long text; tell the two apart for the message.
      if (!text.ok)
        return { ok: false, reason: [...raw].length > CHAT_TEXT_MAX ? 'too-long' : 'empty' };
      update({ outbox: enqueue(snapshot.outbox, newClientMsgId(), text.value) });
      void pump();
      return { ok: true };
    },

    retry(clientMsgId) {
      sendAttempts.delete(clientMsgId);
      const outbox = markPending(snapshot.outbox, clientMsgId);
      if (outbox === snapshot.outbox) return;
      update({ outbox });
      void pump();
    },

    discard(clientMsgId) {
      const outbox = removeEntry(snapshot.outbox, clientMsgId);
      if (outbox !== snapshot.outbox) update({ outbox });
    },

    adoptHeld(held, waitingWhenAsked) {
      const { phase } = snapshot;
      if (phase.kind !== 'joined') return;
      const mine = held.filter((m) => m.senderId === phase.self.id);
      const outbox = adoptHeld(snapshot.outbox, mine, waitingWhenAsked);
      if (outbox !== snapshot.outbox) update({ outbox });
    },

    reconnect() {
      if (signaling && credentials && snapshot.connection === 'disconnected') signaling.connect();
    },

    async leave() {
      const wasLive = snapshot.live;
      store.clear(sessionId);
      const closing = teardown();
      update({
        ...CLEARED,
        phase: { kind: 'idle', reason: 'left' },
        connection: 'disconnected',
        notice: null,
      });
      // Leaving is instant for the person; telling the others is best effort (if the link is
      // down, the server's reconnect grace period removes them instead).
      if (closing && wasLive)
        await closing.request('session:leave', {}, { timeoutMs: LEAVE_TIMEOUT_MS });
      closing?.disconnect();
    },

    dispose() {
      teardown()?.disconnect();
      listeners.clear();
    },

    signaling: () => signaling,
  };
}
