import { emptyPresence, type Bucket, type Presence } from '@haven/core';
import type { ChatMessage, SessionInfo } from '@haven/protocol';
import type { Store } from '../store/store';

/** How many recent client message ids per person are remembered to recognise retries. */
const REMEMBERED_SENDS = 100;

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
  /** participantId → the socket currently speaking for them. */
  readonly sockets = new Map<string, string>();
  readonly chatBuckets = new Map<string, Bucket>();
  readonly graceTimers = new Map<string, NodeJS.Timeout>();
  private readonly sends = new Map<string, Map<string, Promise<ChatMessage>>>();
  private tail: Promise<unknown> = Promise.resolve();

  constructor(
    readonly info: SessionInfo,
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

  /** The stored (or still being stored) message for a client id this person already sent. */
  findSend(participantId: string, clientMsgId: string): Promise<ChatMessage> | undefined {
    return this.sends.get(participantId)?.get(clientMsgId);
  }

  rememberSend(participantId: string, clientMsgId: string, message: Promise<ChatMessage>): void {
    let mine = this.sends.get(participantId);
    if (!mine) this.sends.set(participantId, (mine = new Map<string, Promise<ChatMessage>>()));
    mine.set(clientMsgId, message);
    if (mine.size > REMEMBERED_SENDS) {
      const oldest = mine.keys().next();
      if (!oldest.done) mine.delete(oldest.value);
    }
    // A failed write is forgotten so that the client's retry can try again.
    message.catch(() => {
      if (mine.get(clientMsgId) === message) mine.delete(clientMsgId);
    });
  }

  hasRememberedSends(participantId: string): boolean {
    return this.sends.has(participantId);
  }

  forget(participantId: string): void {
    this.sends.delete(participantId);
    this.chatBuckets.delete(participantId);
    this.sockets.delete(participantId);
    const timer = this.graceTimers.get(participantId);
    if (timer) clearTimeout(timer);
    this.graceTimers.delete(participantId);
  }

  dispose(): void {
    for (const timer of this.graceTimers.values()) clearTimeout(timer);
    this.graceTimers.clear();
  }
}

/** Loads each room once, on first use, and keeps it while the process runs. */
export class RoomRegistry {
  private readonly rooms = new Map<string, Promise<LiveRoom>>();

  constructor(private readonly store: Store) {}

  /** The live room of a session, or null when no such session exists. */
  async get(sessionId: string): Promise<LiveRoom | null> {
    const loading = this.rooms.get(sessionId);
    if (loading) return loading;
    const info = await this.store.getSessionInfo(sessionId);
    // Unknown sessions are not cached: one may be created later.
    if (!info) return null;
    // Another caller may have started loading while this one awaited.
    const raced = this.rooms.get(sessionId);
    if (raced) return raced;
    const room = this.store.maxSeq(sessionId).then((maxSeq) => new LiveRoom(info, maxSeq));
    this.rooms.set(sessionId, room);
    room.catch(() => this.rooms.delete(sessionId));
    return room;
  }

  async dispose(): Promise<void> {
    const rooms = await Promise.allSettled(this.rooms.values());
    for (const r of rooms) if (r.status === 'fulfilled') r.value.dispose();
    this.rooms.clear();
  }
}
