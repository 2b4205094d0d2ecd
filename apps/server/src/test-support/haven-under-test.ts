import { afterEach, beforeEach } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  PROTOCOL_VERSION,
  replyResultSchema,
  serverEvents,
  type ChatMessage,
  type ClientEventName,
  type ClientToServerEvents,
  type Payload,
  type Result,
  type Reply,
  type ServerToClientEvents,
  type ServerEventName,
  type ServerPayload,
  type SessionInfo,
} from '@haven/protocol';
import { io as connectClient, type Socket } from 'socket.io-client';
import { loadConfig, type Config } from '../config';
import { createDemoSession } from '../demo/demo-session';
import { createLogger } from '../logger';
import { startHaven, type Haven, type StartOptions } from '../server';
import { randomIds, systemClock } from '../system';
import { HttpClient } from './http-client';
import { signedInStaff } from './staff';

export type TestSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export interface HavenUnderTest {
  haven: Haven;
  config: Config;
  sessionId: string;
  /** Stops the server; the data directory stays for a restart. */
  stop(): Promise<void>;
  /** Stops the server and deletes its data. */
  dispose(): Promise<void>;
}

/** A real server on port 0 with a real SQLite file in a temporary directory. */
export async function startTestHaven(
  overrides: Partial<Config> = {},
  options: StartOptions & { sessionId?: string } = {},
): Promise<HavenUnderTest> {
  const dataDir = overrides.dataDir ?? mkdtempSync(join(tmpdir(), 'haven-test-'));
  const config: Config = {
    ...loadConfig({}),
    port: 0,
    host: '127.0.0.1',
    logLevel: 'silent',
    demoOnFirstStart: false,
    webDist: join(dataDir, 'no-web'),
    // One worker on any free port: tests run side by side.
    media: { ...loadConfig({}).media, workers: 1, port: 0 },
    ...overrides,
    dataDir,
  };
  const haven = await startHaven(config, { log: createLogger(config.logLevel), ...options });
  const sessionId =
    options.sessionId ?? (await createDemoSession(haven.store, systemClock, randomIds));
  return {
    haven,
    config,
    sessionId,
    stop: () => haven.close(),
    dispose: async () => {
      await haven.close();
      if (!overrides.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface TestClient {
  socket: TestSocket;
  url: string;
  /** The device identity it connected with, if a participant. */
  deviceToken: string | null;
  request<E extends ClientEventName>(event: E, payload: Payload<E>): Promise<Result<Reply<E>>>;
  /** Every event of this kind received so far (kept from the moment the client was made). */
  received<E extends ServerEventName>(event: E): ServerPayload<E>[];
  /** Resolves once `count` events of this kind have arrived. */
  waitFor<E extends ServerEventName>(event: E, count?: number): Promise<ServerPayload<E>[]>;
  /** Closes the connection on purpose, as the app does on leaving: the server takes it as gone. */
  close(): void;
  /** The network goes (not a goodbye): the server gives the person the grace period. */
  drop(): void;
}

const SERVER_EVENTS = Object.keys(serverEvents) as ServerEventName[];

/** A real socket.io client. Reconnection is off so tests decide when a client comes back. */
export async function connect(
  url: string,
  auth: object = { protocolVersion: PROTOCOL_VERSION },
  cookie?: string,
): Promise<TestClient> {
  const socket: TestSocket = connectClient(url, {
    auth,
    ...(cookie && { extraHeaders: { cookie } }),
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
  });
  const log = new Map<ServerEventName, unknown[]>(SERVER_EVENTS.map((e) => [e, []]));
  const waiters: (() => void)[] = [];
  for (const event of SERVER_EVENTS) {
    (socket as unknown as Socket).on(event, (payload: unknown) => {
      log.get(event)?.push(payload);
      for (const w of waiters.splice(0)) w();
    });
  }
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
  const received = <E extends ServerEventName>(event: E) =>
    (log.get(event) ?? []) as ServerPayload<E>[];
  const deviceToken = 'deviceToken' in auth ? String(auth.deviceToken) : null;
  return {
    socket,
    url,
    deviceToken,
    received,
    async request(event, payload) {
      const raw: unknown = await (socket as unknown as Socket)
        .timeout(10_000)
        .emitWithAck(event, payload);
      return replyResultSchema(event).parse(raw) as Result<Reply<typeof event>>;
    },
    waitFor(event, count = 1) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () =>
            reject(
              new Error(`timed out waiting for ${count} × ${event}, got ${received(event).length}`),
            ),
          10_000,
        );
        const check = () => {
          if (received(event).length >= count) {
            clearTimeout(timer);
            resolve(received(event));
          } else waiters.push(check);
        };
        check();
      });
    },
    close: () => {
      socket.disconnect();
    },
    drop: () => {
      socket.io.engine.close();
    },
  };
}

async function groupOf(url: string, sessionId: string): Promise<SessionInfo> {
  const res = await fetch(`${url}/api/sessions/${sessionId}`);
  if (!res.ok) throw new Error(`no session ${sessionId}: ${res.status}`);
  return (await res.json()) as SessionInfo;
}

/**
 * A new device that has joined the (open) group of `sessionId` under `name`, through the same
 * HTTP route the web app uses, then connected with its device token.
 */
export async function participant(
  url: string,
  sessionId: string,
  name: string,
): Promise<TestClient> {
  const http = new HttpClient(url);
  const info = await groupOf(url, sessionId);
  const res = await http.call('public:join-group', {
    params: { groupId: info.groupId },
    body: { displayName: name, agreementVersion: info.agreement.version, agreed: true },
  });
  const token = (res.body as { deviceToken?: string }).deviceToken;
  if (res.status !== 200 || !token) throw new Error(`could not join: ${JSON.stringify(res.body)}`);
  return connect(url, { protocolVersion: PROTOCOL_VERSION, deviceToken: token });
}

/**
 * Joins a session as `name`: the device becomes a member of the session's group under that
 * name (or renames itself there), accepting the current agreement, then sends session:join.
 */
export async function joinAs(
  client: TestClient,
  sessionId: string,
  name: string,
  extra: Partial<Payload<'session:join'>> = {},
): Promise<Result<Reply<'session:join'>>> {
  if (client.deviceToken) {
    const http = new HttpClient(client.url);
    http.deviceToken = client.deviceToken;
    const info = await groupOf(client.url, sessionId);
    const body = { displayName: name, agreementVersion: info.agreement.version, agreed: true };
    const renamed = await http.call('me:update-membership', {
      params: { groupId: info.groupId },
      body,
    });
    if (renamed.status === 404)
      await http.call('public:join-group', { params: { groupId: info.groupId }, body });
  }
  return client.request('session:join', joinPayload(sessionId, extra));
}

/** The outcome of a request as one word: 'ok' or its error code. */
export const codeOf = (r: Result<unknown>): string => (r.ok ? 'ok' : r.error.code);

export function expectOk<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message}`);
  return result.data;
}

/** A chat:send that was posted (not held by a watched word, not refused): the message. */
export function expectPosted(result: Result<Reply<'chat:send'>>): { message: ChatMessage } {
  const reply = expectOk(result);
  if (!('message' in reply)) throw new Error('expected the message posted, but it was held');
  return reply;
}

export const joinPayload = (
  sessionId: string,
  extra: Partial<Payload<'session:join'>> = {},
): Payload<'session:join'> => ({ protocolVersion: PROTOCOL_VERSION, sessionId, ...extra });

let counter = 0;
export const clientMsgId = (): string => `c${Date.now().toString(36)}${(counter++).toString(36)}`;

/** A fresh server for every test of the enclosing describe; its clients are closed after each. */
export function freshHavenPerTest(overrides: Partial<Config> = {}) {
  let current: HavenUnderTest | undefined;
  const clients: TestClient[] = [];
  beforeEach(async () => {
    current = await startTestHaven(overrides);
  });
  afterEach(async () => {
    for (const c of clients.splice(0)) c.close();
    await current?.dispose();
    current = undefined;
  });
  const server = (): HavenUnderTest => {
    if (!current) throw new Error('The test server exists only while a test runs.');
    return current;
  };
  return {
    get t() {
      return server();
    },
    /** A participant's device, member of the test session's group, connected. */
    async client(name = 'Someone'): Promise<TestClient> {
      const c = await participant(server().haven.url, server().sessionId, name);
      clients.push(c);
      return c;
    },
    /** The same device on a new connection (a network change, a reloaded page). */
    async reconnect(client: TestClient): Promise<TestClient> {
      if (!client.deviceToken) throw new Error('only a participant device can reconnect');
      const c = await connect(server().haven.url, {
        protocolVersion: PROTOCOL_VERSION,
        deviceToken: client.deviceToken,
      });
      clients.push(c);
      return c;
    },
    /** A staff member of the test session's group, signed in and connected (not yet joined). */
    async staff(role: 'moderator' | 'facilitator' = 'moderator'): Promise<TestClient> {
      const { haven, sessionId } = server();
      const session = await haven.store.sessions.find(sessionId);
      const { client: http } = await signedInStaff(haven.url, haven.store, {
        role,
        ...(session && { assignTo: session.groupId }),
      });
      const c = await connect(
        haven.url,
        { protocolVersion: PROTOCOL_VERSION },
        http.cookie ?? undefined,
      );
      clients.push(c);
      return c;
    },
  };
}
