import { Writable } from 'node:stream';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import {
  clientMsgId,
  participant,
  expectOk,
  joinAs,
  startTestHaven,
  type HavenUnderTest,
} from './test-support/haven-under-test';

describe('logs', () => {
  let t: HavenUnderTest | undefined;
  afterEach(async () => {
    await t?.dispose();
  });

  it('carry no message text, display names, tokens or addresses, even at trace level', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const log = pino({ level: 'trace' }, sink);
    t = await startTestHaven({}, { log });

    const c = await participant(t.haven.url, t.sessionId, 'Secretname');
    expectOk(await joinAs(c, t.sessionId, 'Secretname'));
    expectOk(await c.request('chat:send', { clientMsgId: clientMsgId(), text: 'private words' }));
    await c.request('chat:send', { clientMsgId: 'bad id', text: 'other private words' });
    (c.socket as unknown as { emit(e: string, p: unknown): void }).emit('chat:send', {
      text: 'no ack words',
    });
    c.socket.io.engine.close();
    await new Promise((r) => setTimeout(r, 100));
    await t.stop();

    const all = lines.join('');
    expect(lines.length).toBeGreaterThan(0);
    for (const secret of [
      'Secretname',
      'private words',
      'no ack words',
      c.deviceToken!,
      '127.0.0.1',
    ])
      expect(all).not.toContain(secret);
  });
});
