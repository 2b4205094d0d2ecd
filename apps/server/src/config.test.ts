import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

describe('config', () => {
  it('serves embedded single-node mode with no environment at all', () => {
    expect(loadConfig({})).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      dataDir: './data',
      databaseUrl: undefined,
      demoOnFirstStart: true,
      reconnectGraceMs: 30_000,
    });
  });

  it('reads and converts the environment', () => {
    const config = loadConfig({
      PORT: '8080',
      DATABASE_URL: 'postgres://haven@db:5432/haven',
      DEMO_ON_FIRST_START: 'false',
      RECONNECT_GRACE_MS: '5000',
    });
    expect(config).toMatchObject({
      port: 8080,
      databaseUrl: 'postgres://haven@db:5432/haven',
      demoOnFirstStart: false,
      reconnectGraceMs: 5000,
    });
  });

  it('refuses bad values with a message naming each one', () => {
    const attempt = () =>
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', DEMO_ON_FIRST_START: 'maybe' });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/PORT[\s\S]*DATABASE_URL[\s\S]*DEMO_ON_FIRST_START/);
  });
});
