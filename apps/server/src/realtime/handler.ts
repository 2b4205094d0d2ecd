import { EVENT_RATE_LIMIT, fullBucket, take, type Bucket } from '@haven/core';
import {
  clientEvents,
  fail,
  ok,
  type ClientEventName,
  type ParsedPayload,
  type Reply,
  type Result,
  type SocketIdentity,
} from '@haven/protocol';
import type { z } from 'zod';
import { HavenError } from '../errors';
import type { HavenSocket, RealtimeDeps } from './deps';
import type { LiveRoom } from './live-room';

export interface HandlerContext<E extends ClientEventName> {
  socket: HavenSocket;
  payload: ParsedPayload<E>;
  deps: RealtimeDeps;
}

export interface RoomHandlerContext<E extends ClientEventName> extends HandlerContext<E> {
  identity: SocketIdentity;
  room: LiveRoom;
}

type Handler<E extends ClientEventName, C> = (ctx: C) => Promise<Reply<E>>;

const describeIssues = (error: z.ZodError): string =>
  error.issues
    .slice(0, 3)
    .map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message))
    .join('; ');

/**
 * Registers handlers for one connection. Every event passes the same boundary: an ack must
 * exist → the connection's flood limit → the payload parses → the handler runs → the result
 * is acknowledged. Any unexpected error becomes INTERNAL; details stay in the log.
 */
export function createHandlerRegistry(socket: HavenSocket, deps: RealtimeDeps) {
  let bucket: Bucket = fullBucket(EVENT_RATE_LIMIT, deps.clock.now());

  function handle<E extends ClientEventName>(
    event: E,
    handler: Handler<E, HandlerContext<E>>,
  ): void {
    // socket.io's typed `on` cannot express "ack may be missing"; the boundary checks it.
    const raw = socket as unknown as {
      on(event: string, listener: (...args: unknown[]) => void): void;
    };
    raw.on(event, (...args: unknown[]) => {
      const ack = args.at(-1);
      if (typeof ack !== 'function') {
        deps.log.debug({ event, socketId: socket.id }, 'event without ack dropped');
        return;
      }
      const reply = ack as (result: Result<unknown>) => void;
      void run(event, args.length > 1 ? args[0] : undefined, handler).then(reply);
    });
  }

  async function run<E extends ClientEventName>(
    event: E,
    rawPayload: unknown,
    handler: Handler<E, HandlerContext<E>>,
  ): Promise<Result<unknown>> {
    if (deps.lifecycle.closing) return fail('UNAVAILABLE', 'The server is restarting; try again.');
    const taken = take(bucket, EVENT_RATE_LIMIT, deps.clock.now());
    bucket = taken.bucket;
    if (!taken.allowed) return fail('RATE_LIMITED', 'Too many requests; slow down.');
    const parsed = clientEvents[event].payload.safeParse(rawPayload);
    if (!parsed.success) return fail('INVALID_ARGUMENT', describeIssues(parsed.error));
    try {
      const data = await handler({ socket, payload: parsed.data as ParsedPayload<E>, deps });
      return ok(data);
    } catch (error) {
      if (error instanceof HavenError) return fail(error.code, error.message);
      deps.log.error({ err: error, event, socketId: socket.id }, 'handler failed');
      return fail('INTERNAL', 'Something went wrong; try again.');
    }
  }

  /** For events that need a joined identity: the room comes from the socket, never the payload. */
  function handleInRoom<E extends ClientEventName>(
    event: E,
    handler: Handler<E, RoomHandlerContext<E>>,
  ): void {
    handle(event, async (ctx) => {
      const identity = socket.data.identity;
      if (!identity) throw new HavenError('UNAUTHENTICATED', 'Join the session first.');
      const room = await deps.rooms.get(identity.sessionId);
      if (!room) throw new HavenError('NOT_FOUND', 'This session no longer exists.');
      return handler({ ...ctx, identity, room });
    });
  }

  return { handle, handleInRoom };
}
