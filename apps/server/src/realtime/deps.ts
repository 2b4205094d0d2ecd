import type { Clock, IdGenerator } from '@haven/core';
import type {
  ChatMessage,
  ClientToServerEvents,
  ServerToClientEvents,
  SocketData,
} from '@haven/protocol';
import type { Server, Socket } from 'socket.io';
import type { Config } from '../config';
import type { Logger } from '../logger';
import type { MediaService } from '../media/media-service';
import type { BatchWriter } from '../store/batch-writer';
import type { Store } from '../store/store';
import type { LiveRoom, RoomRegistry } from './live-room';

// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- no server-to-server events yet
type InterServerEvents = {};

export type HavenIo = Server<
  ClientToServerEvents,
  ServerToClientEvents,
  InterServerEvents,
  SocketData
>;
export type HavenSocket = Socket<
  ClientToServerEvents,
  ServerToClientEvents,
  InterServerEvents,
  SocketData
>;

export interface PendingMessage {
  room: LiveRoom;
  message: ChatMessage;
  /** A held message being shared: its hold is released in the same transaction. */
  heldId?: string;
  /**
   * The connection it was sent from: its acknowledgement carries the message, so the broadcast
   * skips it (one frame less per message, on the sender's prepaid data too). The sender's other
   * connections still get it.
   */
  fromSocketId?: string;
}

/** What handlers need from the world. Built once in the composition root. */
export interface RealtimeDeps {
  io: HavenIo;
  store: Store;
  rooms: RoomRegistry;
  writer: BatchWriter<PendingMessage>;
  media: MediaService;
  clock: Clock;
  ids: IdGenerator;
  log: Logger;
  config: Pick<Config, 'reconnectGraceMs' | 'media'>;
  /** Set when shutdown begins: new commands are refused with UNAVAILABLE. */
  lifecycle: { closing: boolean };
}
