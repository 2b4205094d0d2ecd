import type { Server as HttpServer } from 'node:http';
import {
  HandshakeAuth,
  PROTOCOL_VERSION,
  type ErrorBody,
  type SocketPrincipal,
} from '@haven/protocol';
import { Server } from 'socket.io';
import { modsChannel, roomChannel, userChannel } from './channels';
import { registerChatHandlers } from './chat';
import { copiesOf } from './chat/contacts-view';
import { registerReportHandlers } from './reports';
import { registerTalkHandlers } from './talk';
import type { HavenIo, PendingMessage, RealtimeDeps } from './deps';
import { createHandlerRegistry } from './handler';
import { registerHandHandlers } from './hands';
import { registerLobbyHandlers } from './lobby';
import { registerMediaHandlers } from './media';
import { registerModChatHandlers } from './mod-chat';
import { registerModerationHandlers } from './moderation';
import { registerSafetyHandlers } from './safety';
import { registerSessionHandlers } from './session';

/** Large enough for any valid payload; anything bigger closes that one connection. */
const MAX_PAYLOAD_BYTES = 64 * 1024;

const refusal = (code: ErrorBody['code'], message: string) =>
  Object.assign(new Error(code), { data: { code, message } satisfies ErrorBody });

/** Browsers name the page's origin; it must be this host. Non-browser clients send none. */
function sameSiteOrigin(headers: {
  origin?: string | undefined;
  host?: string | undefined;
}): boolean {
  if (!headers.origin) return true;
  try {
    return new URL(headers.origin).host === headers.host;
  } catch {
    return false;
  }
}

export function createIo(
  httpServer: HttpServer,
  identify: (
    cookie: string | undefined,
    deviceToken: string | undefined,
  ) => Promise<SocketPrincipal | null>,
): HavenIo {
  const io: HavenIo = new Server(httpServer, {
    serveClient: false,
    maxHttpBufferSize: MAX_PAYLOAD_BYTES,
    // A page on another site must not open a connection that carries a staff cookie.
    allowRequest: (req, callback) => callback(null, sameSiteOrigin(req.headers)),
  });
  // Every connection has an identity from the start: a cookie or a device token, never a payload.
  io.use((socket, next) => {
    const auth = HandshakeAuth.safeParse(socket.handshake.auth);
    if (!auth.success || auth.data.protocolVersion !== PROTOCOL_VERSION)
      return next(
        refusal(
          'UNSUPPORTED_PROTOCOL',
          `This server speaks protocol ${PROTOCOL_VERSION}; reload the app.`,
        ),
      );
    identify(socket.handshake.headers.cookie, auth.data.deviceToken).then(
      (principal) => {
        if (!principal)
          return next(refusal('UNAUTHENTICATED', 'Open your invite link or sign in.'));
        socket.data.principal = principal;
        next();
      },
      () => next(refusal('UNAVAILABLE', 'Try again in a moment.')),
    );
  });
  return io;
}

export function attachHandlers(deps: RealtimeDeps): void {
  deps.io.on('connection', (socket) => {
    const principal = socket.data.principal;
    if (principal)
      void socket.join(
        userChannel(principal.kind === 'staff' ? principal.staffId : principal.participantId),
      );
    const registry = createHandlerRegistry(socket, deps);
    registerSessionHandlers(socket, deps, registry);
    registerChatHandlers(registry);
    registerMediaHandlers(registry);
    registerModerationHandlers(registry);
    registerModChatHandlers(registry);
    registerSafetyHandlers(registry);
    registerTalkHandlers(registry);
    registerReportHandlers(registry);
    registerHandHandlers(registry);
    registerLobbyHandlers(socket, deps, registry);
  });
}

/** Called by the writer, in seq order, once a batch is durable. */
export function broadcastCommitted(io: HavenIo, items: PendingMessage[]): void {
  for (const { room, message, fromSocketId } of items) {
    room.lastCommittedSeq = Math.max(room.lastCommittedSeq, message.seq);
    const copies = copiesOf(room, message);
    const except = fromSocketId ? [fromSocketId] : [];
    if (copies.participants === message) {
      io.to(roomChannel(room.id)).except(except).emit('chat:message', message);
      continue;
    }
    // Contact details hidden: the moderators get the text as written, everyone else the mask.
    io.to(roomChannel(room.id))
      .except([modsChannel(room.id), ...except])
      .emit('chat:message', copies.participants);
    io.to(modsChannel(room.id)).except(except).emit('chat:message', copies.moderators);
  }
}
