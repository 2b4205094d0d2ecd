import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Clock, IdGenerator } from '@haven/core';
import type { Config } from './config';
import { createHttpApp } from './http/app';
import { createLogger, type Logger } from './logger';
import { MediaService } from './media/media-service';
import { RoomRegistry } from './realtime/live-room';
import { userChannel } from './realtime/channels';
import type { HavenIo, PendingMessage, RealtimeDeps } from './realtime/deps';
import { applyGroupMedia } from './realtime/media/group-media';
import { watchChanged } from './realtime/chat/watch';
import { startRetentionSweeps } from './privacy/retention';
import { resolveSocketPrincipal } from './realtime/principal';
import { attachHandlers, broadcastCommitted, createIo } from './realtime/socket-server';
import { BatchWriter } from './store/batch-writer';
import { openStore, type Store } from './store/store';
import { randomIds, systemClock } from './system';

export interface Haven {
  /** The address the server listens on, e.g. http://127.0.0.1:3000. */
  url: string;
  port: number;
  store: Store;
  log: Logger;
  media: MediaService;
  /** Live rooms (tests look inside them). */
  rooms: RoomRegistry;
  /** Graceful: refuse new commands, write everything pending, then close connections and store. */
  close(): Promise<void>;
}

export interface StartOptions {
  log?: Logger;
  clock?: Clock;
  ids?: IdGenerator;
  /** PostgreSQL schema to isolate in (tests). */
  pgSchema?: string;
}

const defaultWebDist = (): string =>
  join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'web', 'dist');

/** The composition root: config → logger → store → http + socket.io. */
export async function startHaven(config: Config, options: StartOptions = {}): Promise<Haven> {
  const log = options.log ?? createLogger(config.logLevel);
  const clock = options.clock ?? systemClock;
  const ids = options.ids ?? randomIds;
  const store = await openStore({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    pgSchema: options.pgSchema,
  });
  const lifecycle = { closing: false };
  // The HTTP side closes connections whose access it changed; the socket server comes after it.
  const live: { io?: HavenIo; realtime?: RealtimeDeps } = {};
  const httpDeps = {
    store,
    log,
    clock,
    ids,
    now: () => new Date(clock.now()).toISOString(),
    publicUrl: config.publicUrl,
    disconnect: (principalId: string) => {
      live.io?.in(userChannel(principalId)).disconnectSockets(true);
    },
    groupMediaChanged: (groupId: string) => {
      if (live.realtime) applyGroupMedia(live.realtime, groupId);
    },
    watchedWordsChanged: (groupId: string | null) => {
      if (live.realtime) watchChanged(live.realtime, groupId);
    },
    groupMaskChanged: (groupId: string, maskContacts: boolean) => {
      void rooms
        .loadedOf(groupId)
        .then((loaded) => {
          for (const room of loaded) room.info.maskContacts = maskContacts;
        })
        .catch((err: unknown) => log.error({ err, groupId }, 'applying contact masking failed'));
    },
    banLifted: (groupId: string, memberId: string) => {
      void rooms
        .loadedOf(groupId)
        .then((loaded) => {
          for (const room of loaded) room.removed.delete(memberId);
        })
        .catch((err: unknown) => log.error({ err, groupId }, 'lifting a ban in live rooms failed'));
    },
  };
  const http = createServer(
    createHttpApp(httpDeps, { webDist: config.webDist ?? defaultWebDist(), lifecycle }),
  );
  const io = createIo(http, (cookie, deviceToken) =>
    resolveSocketPrincipal(cookie, deviceToken, store, httpDeps.now()),
  );
  live.io = io;
  const media = new MediaService(config.media, log);
  const rooms = new RoomRegistry(store, clock);
  const writer = new BatchWriter<PendingMessage>({
    write: (items) =>
      store.chat.append(
        items.map((i) => ({ ...i.message, sessionId: i.room.id, heldId: i.heldId })),
      ),
    onCommitted: (items) => broadcastCommitted(io, items),
    onError: (err) => log.error({ err }, 'broadcast after commit failed'),
  });
  live.realtime = { io, store, rooms, writer, media, clock, ids, log, config, lifecycle };
  attachHandlers(live.realtime);
  const retention = startRetentionSweeps({
    store,
    clock,
    log,
    // A held message past its time is gone from the store; the live room forgets it too.
    purged: (groupId, before) => {
      void rooms
        .loadedOf(groupId)
        .then((loaded) => {
          for (const room of loaded)
            for (const held of [...room.held.values()])
              if (held.sentAt < before) room.held.delete(held.id);
        })
        .catch((err: unknown) => log.error({ err, groupId }, 'forgetting expired holds failed'));
    },
  });

  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(config.port, config.host, () => {
      http.off('error', reject);
      resolve();
    });
  });
  const { port } = http.address() as AddressInfo;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  const url = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`;
  log.info({ port, store: store.dialect }, 'haven listening');

  let closing: Promise<void> | null = null;
  const close = (): Promise<void> =>
    (closing ??= (async () => {
      lifecycle.closing = true;
      // Everything acknowledged is already durable; this writes what is still in flight.
      await writer.close();
      await io.close(); // also closes the http server
      await rooms.dispose(new Date(clock.now()).toISOString());
      await media.close();
      await retention.stop();
      await store.close();
      log.info('haven stopped');
    })());

  return { url, port, store, log, media, rooms, close };
}
