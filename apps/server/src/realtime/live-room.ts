import { attendanceSettled } from './session/attendance';
import type { ScheduledRoom } from '@haven/core/schedule';
import {
  compileWatchList,
  emptyHandQueue,
  emptyPresence,
  fullBucket,
  noMutes,
  slowModeWait,
  take,
  type Clock,
  type HandQueue,
  type Mutes,
  type Presence,
  type RateLimitPolicy,
  type WatchList,
} from '@haven/core';
import type {
  ChatMessage,
  HeldMessage,
  PrivateTalk,
  RoomSettings,
  SessionInfo,
} from '@haven/protocol';
import type { RoomMedia } from '../media/room-media';
import { watchListFor } from '../safety/watch-list';
import type { Store } from '../store/store';

/** How many recent client message ids per person are remembered to recognise retries. */
const REMEMBERED_SENDS = 100;

/** What this node keeps about one person beside their presence: one record, not parallel maps. */
interface PersonLink {
  /** The connection speaking for them; null while they are reconnecting. */
  socketId: string | null;
  graceTimer: NodeJS.Timeout | null;
  chatBucket: ReturnType<typeof fullBucket> | null;
  /** clientMsgId → the stored (or still being stored) message. */
  sends: Map<string, Promise<ChatMessage>>;
}

/**
 * The live state of one session's room, owned by this node. Every command that reads or
 * changes it runs through `serial`, one at a time, so two commands never interleave.
 */
export class LiveRoom {
  presence: Presence = emptyPresence;
  /** Highest seq handed out; the next message gets one more. */
  lastAssignedSeq: number;
  /** Highest seq that is durable and has been broadcast. History reads stop here. */
  lastCommittedSeq: number;
  /** The room's router and everyone's transports, from the first media:start on. */
  media: RoomMedia | null = null;
  /** Who waits at the door now (member id → arrival); answers are in the store. */
  readonly lobby = new Map<string, { displayName: string; since: number; socketId: string }>();
  /** The moderators' word to people waiting. */
  lobbyNotice: string | null = null;
  /** Lock, pause and slow mode; they last while the room is live. */
  settings: RoomSettings = { locked: false, paused: false, slowModeSeconds: 0 };
  /** Set when a moderator ended the session for everyone. */
  ended = false;
  /** Hard mutes hold for the whole session, across leaving and coming back. */
  mutes: Mutes = noMutes;
  hands: HandQueue = emptyHandQueue;
  /**
   * What was last enforced and announced as muted for each person present. Changes are found
   * against this, not against a value recomputed now: when a turn or a timeout runs out, "now"
   * is already past it, and only this remembers the person was still unmuted a moment ago.
   */
  readonly announcedMutes = new Map<string, string>();
  /** People a moderator took out of this session: refused at the door, even mid-join. */
  readonly removed = new Set<string>();
  /** The group's and the platform's watched words, and when they were last read. */
  watch: { list: WatchList; readAt: number; reading: boolean; stale: boolean } = {
    list: compileWatchList([]),
    readAt: 0,
    reading: false,
    stale: false,
  };
  /** Messages held by a watched word, by id, until a moderator shares or deletes them. Durable. */
  readonly held = new Map<string, HeldMessage>();
  /** The session's private check-ins, by id, as stored (the store is written first). */
  readonly talks = new Map<string, PrivateTalk>();
  /** Holds still being written (sender + clientMsgId): a retry waits for the same write. */
  readonly holding = new Map<string, Promise<HeldMessage>>();
  /** When each participant last posted (slow mode); kept across leaving and coming back. */
  readonly lastChatAt = new Map<string, number>();
  /** Named timers of the room (the end of a turn, of a timeout); one per name. */
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly links = new Map<string, PersonLink>();
  private tail: Promise<unknown> = Promise.resolve();

  constructor(
    /** What the session is, as last read from the store (every arrival reads it again). */
    public info: SessionInfo,
    readonly groupId: string,
    /** Participants allowed in at once: the session's own capacity or its group's. */
    public capacity: number,
    /** When the room lets people in; refreshed from the plan at every arrival. */
    public timing: ScheduledRoom,
    maxSeq: number,
  ) {
    this.lastAssignedSeq = maxSeq;
    this.lastCommittedSeq = maxSeq;
  }

  get id(): string {
    return this.info.id;
  }

  serial<T>(command: () => Promise<T> | T): Promise<T> {
    const result = this.tail.then(command);
    this.tail = result.catch(() => undefined);
    return result;
  }

  private link(participantId: string): PersonLink {
    let link = this.links.get(participantId);
    if (!link) {
      link = {
        socketId: null,
        graceTimer: null,
        chatBucket: null,
        sends: new Map(),
      };
      this.links.set(participantId, link);
    }
    return link;
  }

  speakerOf(participantId: string): string | null {
    return this.links.get(participantId)?.socketId ?? null;
  }

  /** A connection now speaks for the person; any grace period ends. Returns the one it replaced. */
  setSpeaker(participantId: string, socketId: string): string | null {
    const link = this.link(participantId);
    const previous = link.socketId;
    link.socketId = socketId;
    if (link.graceTimer) clearTimeout(link.graceTimer);
    link.graceTimer = null;
    return previous;
  }

  /** The connection is gone. False when it no longer spoke for the person (it was replaced). */
  dropSpeaker(participantId: string, socketId: string): boolean {
    const link = this.links.get(participantId);
    if (link?.socketId !== socketId) return false;
    link.socketId = null;
    return true;
  }

  startGrace(participantId: string, ms: number, onOver: () => void): void {
    const link = this.link(participantId);
    if (link.graceTimer) clearTimeout(link.graceTimer);
    link.graceTimer = setTimeout(() => {
      link.graceTimer = null;
      onOver();
    }, ms);
    link.graceTimer.unref();
  }

  /** Spends one of the person's chat tokens; false when they are over the limit. */
  takeChatToken(participantId: string, policy: RateLimitPolicy, now: number): boolean {
    const link = this.link(participantId);
    const result = take(link.chatBucket ?? fullBucket(policy, now), policy, now);
    link.chatBucket = result.bucket;
    return result.allowed;
  }

  /**
   * Slow mode: the seconds this person must still wait before posting, or null if they may
   * post now. `countPost` records a post that went through.
   */
  slowModeWait(participantId: string, now: number): number | null {
    return slowModeWait(this.lastChatAt.get(participantId), this.settings.slowModeSeconds, now);
  }

  countPost(participantId: string, now: number): void {
    this.lastChatAt.set(participantId, now);
  }

  findSend(participantId: string, clientMsgId: string): Promise<ChatMessage> | undefined {
    return this.links.get(participantId)?.sends.get(clientMsgId);
  }

  rememberSend(participantId: string, clientMsgId: string, message: Promise<ChatMessage>): void {
    const { sends } = this.link(participantId);
    sends.set(clientMsgId, message);
    if (sends.size > REMEMBERED_SENDS) {
      const oldest = sends.keys().next();
      if (!oldest.done) sends.delete(oldest.value);
    }
    // A failed write is forgotten so that the client's retry can try again.
    message.catch(() => {
      if (sends.get(clientMsgId) === message) sends.delete(clientMsgId);
    });
  }

  hasRememberedSends(participantId: string): boolean {
    return (this.links.get(participantId)?.sends.size ?? 0) > 0;
  }

  /** The person has left: drop everything this node kept about them, their media included. */
  forget(participantId: string): void {
    const link = this.links.get(participantId);
    if (link?.graceTimer) clearTimeout(link.graceTimer);
    this.links.delete(participantId);
    this.announcedMutes.delete(participantId);
    this.media?.closePeer(participantId);
    // The router is freed when nobody uses media any more; the next media:start makes a new one.
    if (this.media?.peerCount === 0) {
      this.media.close();
      this.media = null;
    }
  }

  /** Runs `fire` after `ms`, replacing any timer of the same name. */
  setTimer(name: string, ms: number, fire: () => void): void {
    this.clearTimer(name);
    const timer = setTimeout(
      () => {
        this.timers.delete(name);
        fire();
      },
      Math.max(0, ms),
    );
    timer.unref();
    this.timers.set(name, timer);
  }

  clearTimer(name: string): void {
    const timer = this.timers.get(name);
    if (timer) clearTimeout(timer);
    this.timers.delete(name);
  }

  dispose(): void {
    for (const name of [...this.timers.keys()]) this.clearTimer(name);
    for (const id of [...this.links.keys()]) this.forget(id);
    this.media?.close();
    this.media = null;
  }
}

/** Loads each room once, on first use, and keeps it while the process runs. */
export class RoomRegistry {
  private readonly rooms = new Map<string, Promise<LiveRoom>>();

  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
  ) {}

  /** The live room of a session, or null when no such session exists. */
  async get(sessionId: string): Promise<LiveRoom | null> {
    const loading = this.rooms.get(sessionId);
    if (loading) return loading;
    const session = await this.store.sessions.find(sessionId);
    // Unknown sessions are not cached: one may be created later.
    if (!session) return null;
    // Another caller may have started loading while this one awaited.
    const raced = this.rooms.get(sessionId);
    if (raced) return raced;
    const room = Promise.all([
      this.store.chat.maxSeq(sessionId),
      watchListFor(this.store, session.groupId),
      this.store.held.of(sessionId),
      this.store.talks.of(sessionId),
    ]).then(([maxSeq, watch, held, talks]) => {
      const live = new LiveRoom(
        session.info,
        session.groupId,
        session.capacity,
        session.timing,
        maxSeq,
      );
      live.ended = session.endedAt !== null;
      live.watch = { list: watch, readAt: this.clock.now(), reading: false, stale: false };
      for (const m of held) live.held.set(m.id, m);
      for (const t of talks) live.talks.set(t.id, t);
      return live;
    });
    this.rooms.set(sessionId, room);
    room.catch(() => this.rooms.delete(sessionId));
    return room;
  }

  /** The rooms that are loaded now. */
  async loaded(): Promise<LiveRoom[]> {
    const rooms = await Promise.allSettled(this.rooms.values());
    return rooms.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
  }

  /** The rooms of one group that are loaded now. */
  async loadedOf(groupId: string): Promise<LiveRoom[]> {
    return (await this.loaded()).filter((room) => room.groupId === groupId);
  }

  /** At shutdown: the rooms' timers stop, and everyone's online visit ends now. */
  async dispose(at: string = new Date().toISOString()): Promise<void> {
    const rooms = await Promise.allSettled(this.rooms.values());
    for (const r of rooms) {
      if (r.status !== 'fulfilled') continue;
      r.value.dispose();
      // After the room's queued attendance writes, so no arrival lands after this.
      await attendanceSettled(r.value.id);
      await this.store.attendance.left(r.value.id, null, at).catch(() => undefined);
    }
    this.rooms.clear();
  }
}
