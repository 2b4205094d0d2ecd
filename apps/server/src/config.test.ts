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

  it('gives media one worker per core on port 40000 and up, on loopback', () => {
    expect(loadConfig({}).media).toMatchObject({
      port: 40000,
      listenIp: '127.0.0.1',
      announcedAddress: undefined,
      turn: null,
    });
    expect(loadConfig({}).media.workers).toBeGreaterThanOrEqual(1);
    expect(
      loadConfig({
        MEDIA_WORKERS: '3',
        MEDIA_LISTEN_IP: '0.0.0.0',
        MEDIA_ANNOUNCED_ADDRESS: 'media.example.org',
        TURN_URLS: 'turn:turn.example.org:3478?transport=udp, turns:turn.example.org:5349',
        TURN_SECRET: 'a-long-shared-secret-for-coturn',
      }).media,
    ).toEqual({
      workers: 3,
      port: 40000,
      listenIp: '0.0.0.0',
      announcedAddress: 'media.example.org',
      turn: {
        urls: ['turn:turn.example.org:3478?transport=udp', 'turns:turn.example.org:5349'],
        secret: 'a-long-shared-secret-for-coturn',
      },
    });
  });

  it('refuses media settings browsers could not use', () => {
    expect(() => loadConfig({ MEDIA_LISTEN_IP: '0.0.0.0' })).toThrow(/MEDIA_ANNOUNCED_ADDRESS/);
    expect(() => loadConfig({ MEDIA_LISTEN_IP: 'media.example.org' })).toThrow(/MEDIA_LISTEN_IP/);
    expect(() => loadConfig({ TURN_URLS: 'turn:t.example.org' })).toThrow(/TURN_SECRET/);
  });
});
