import type { Server as HttpServer } from 'node:http';
import { HandshakeAuth, PROTOCOL_VERSION, type ErrorBody } from '@haven/protocol';
import { Server } from 'socket.io';
import { roomChannel } from './channels';
import { registerChatHandlers } from './chat';
import type { HavenIo, PendingMessage, RealtimeDeps } from './deps';
import { createHandlerRegistry } from './handler';
import { registerSessionHandlers } from './session';

/** Large enough for any valid payload; anything bigger closes that one connection. */
const MAX_PAYLOAD_BYTES = 64 * 1024;

export function createIo(httpServer: HttpServer): HavenIo {
  const io: HavenIo = new Server(httpServer, {
    serveClient: false,
    maxHttpBufferSize: MAX_PAYLOAD_BYTES,
  });
  io.use((socket, next) => {
    const auth = HandshakeAuth.safeParse(socket.handshake.auth);
    if (auth.success && auth.data.protocolVersion === PROTOCOL_VERSION) return next();
    const error = new Error('UNSUPPORTED_PROTOCOL') as Error & { data: ErrorBody };
    error.data = {
      code: 'UNSUPPORTED_PROTOCOL',
      message: `This server speaks protocol ${PROTOCOL_VERSION}; reload the app.`,
    };
    next(error);
  });
  return io;
}

export function attachHandlers(deps: RealtimeDeps): void {
  deps.io.on('connection', (socket) => {
    const registry = createHandlerRegistry(socket, deps);
    registerSessionHandlers(socket, deps, registry);
    registerChatHandlers(registry);
  });
}

/** Called by the writer, in seq order, once a batch is durable. */
export function broadcastCommitted(io: HavenIo, items: PendingMessage[]): void {
  for (const { room, message } of items) {
    room.lastCommittedSeq = Math.max(room.lastCommittedSeq, message.seq);
    io.to(roomChannel(room.id)).emit('chat:message', message);
  }
}
