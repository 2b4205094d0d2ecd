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
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  const e = parsed.data;
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
  };
}
