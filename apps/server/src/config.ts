import { availableParallelism } from 'node:os';
import { isIP } from 'node:net';
import { RECONNECT_GRACE_MS } from '@haven/core';
import { z } from 'zod';

const flag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

/** Environment, parsed once at start. Every default serves the embedded single-node mode. */
const Env = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** Loopback by default: put Haven behind a TLS reverse proxy to serve others. */
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('./data'),
  /** Set it to use PostgreSQL instead of the embedded SQLite file. */
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  /** The address people use to reach Haven; join links are built from it. */
  PUBLIC_URL: z.url().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  RECONNECT_GRACE_MS: z.coerce.number().int().positive().default(RECONNECT_GRACE_MS),
  /** The built web app to serve; defaults to apps/web/dist beside the server. */
  WEB_DIST: z.string().optional(),
  /** On an empty store, create a demo session and print its link so the app is usable at once. */
  DEMO_ON_FIRST_START: flag.default(true),
  /** mediasoup worker processes; one per core by default. */
  MEDIA_WORKERS: z.coerce.number().int().min(1).max(64).optional(),
  /** Worker i listens on MEDIA_PORT + i, UDP and TCP. 0: any free port (tests). */
  MEDIA_PORT: z.coerce.number().int().min(0).max(65535).default(40000),
  /** The address media sockets bind to. */
  MEDIA_LISTEN_IP: z
    .string()
    .refine((v) => isIP(v) !== 0, 'an IP address')
    .default('127.0.0.1'),
  /** The address browsers reach media on, when it differs from the bound one (NAT, 0.0.0.0). */
  MEDIA_ANNOUNCED_ADDRESS: z.string().min(1).optional(),
  /** TURN relays (coturn), comma-separated, e.g. turn:turn.example.org:3478?transport=udp. */
  TURN_URLS: z
    .string()
    .optional()
    .transform((v) =>
      v
        ? v
            .split(',')
            .map((u) => u.trim())
            .filter(Boolean)
        : [],
    ),
  /** coturn's static-auth-secret: browsers get short-lived credentials derived from it. */
  TURN_SECRET: z.string().min(16).optional(),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  publicUrl: string | undefined;
  logLevel: z.infer<typeof Env>['LOG_LEVEL'];
  reconnectGraceMs: number;
  webDist: string | undefined;
  demoOnFirstStart: boolean;
  media: MediaConfig;
}

export interface MediaConfig {
  workers: number;
  port: number;
  listenIp: string;
  announcedAddress: string | undefined;
  turn: { urls: string[]; secret: string } | null;
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  const e = parsed.data;
  if (['0.0.0.0', '::'].includes(e.MEDIA_LISTEN_IP) && !e.MEDIA_ANNOUNCED_ADDRESS)
    throw new ConfigError(
      'Invalid configuration:\n  MEDIA_ANNOUNCED_ADDRESS: needed when MEDIA_LISTEN_IP binds every address; browsers must be told one they can reach.',
    );
  if (e.TURN_URLS.length > 0 && !e.TURN_SECRET)
    throw new ConfigError('Invalid configuration:\n  TURN_SECRET: needed with TURN_URLS.');
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: e.DATA_DIR,
    databaseUrl: e.DATABASE_URL,
    publicUrl: e.PUBLIC_URL,
    logLevel: e.LOG_LEVEL,
    reconnectGraceMs: e.RECONNECT_GRACE_MS,
    webDist: e.WEB_DIST,
    demoOnFirstStart: e.DEMO_ON_FIRST_START,
    media: {
      workers: e.MEDIA_WORKERS ?? availableParallelism(),
      port: e.MEDIA_PORT,
      listenIp: e.MEDIA_LISTEN_IP,
      announcedAddress: e.MEDIA_ANNOUNCED_ADDRESS,
      turn:
        e.TURN_URLS.length > 0 && e.TURN_SECRET
          ? { urls: e.TURN_URLS, secret: e.TURN_SECRET }
          : null,
    },
  };
}
