import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import {
  expectPosted,
  clientMsgId,
  participant,
  expectOk,
  joinAs,
  startTestHaven,
  type TestClient,
} from '../test-support/haven-under-test';

const serverDir = fileURLToPath(new URL('../..', import.meta.url));

/** Several people send at once; returns the seqs the server acknowledged. */
async function sendFromMany(clients: TestClient[], perClient: number): Promise<number[]> {
  const results = await Promise.all(
    clients.flatMap((c, ci) =>
      Array.from({ length: perClient }, (_, i) =>
        c.request('chat:send', { clientMsgId: clientMsgId(), text: `c${ci} m${i}` }),
      ),
    ),
  );
  return results
    .filter((r) => r.ok)
    .map((r) => (r.ok && 'message' in r.data ? r.data.message.seq : -1));
}

async function joinMany(url: string, sessionId: string, n: number): Promise<TestClient[]> {
  const clients: TestClient[] = [];
  for (let i = 0; i < n; i++) {
    const c = await participant(url, sessionId, `Person ${i}`);
    expectOk(await joinAs(c, sessionId, `Person ${i}`));
    clients.push(c);
  }
  return clients;
}

async function allSeqs(url: string, sessionId: string): Promise<number[]> {
  const reader = await participant(url, sessionId, 'Reader');
  const joined = expectOk(await joinAs(reader, sessionId, 'Reader', { lastSeq: 0 }));
  const seqs = joined.history.map((m) => m.seq);
  let complete = joined.historyComplete;
  while (!complete) {
    const page = expectOk(await reader.request('chat:history', { afterSeq: seqs.at(-1) ?? 0 }));
    seqs.push(...page.messages.map((m) => m.seq));
    complete = page.complete;
  }
  reader.close();
  return seqs;
}

describe('durability', () => {
  const cleanup: (() => void)[] = [];
  afterEach(() => {
    for (const c of cleanup.splice(0)) c();
  });

  it('keeps every acknowledged message across a graceful restart', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'haven-restart-'));
    cleanup.push(() => rmSync(dataDir, { recursive: true, force: true }));
    const first = await startTestHaven({ dataDir });
    const clients = await joinMany(first.haven.url, first.sessionId, 4);
    const acked = await sendFromMany(clients, 6);
    expect(acked).toHaveLength(24);
    for (const c of clients) c.close();
    await first.stop();

    const second = await startTestHaven({ dataDir }, { sessionId: first.sessionId });
    cleanup.push(() => void second.stop());
    const seqs = await allSeqs(second.haven.url, first.sessionId);
    expect(seqs).toEqual([...acked].sort((a, b) => a - b));

    // Numbering continues after the restart instead of reusing seqs.
    const [more] = await joinMany(second.haven.url, first.sessionId, 1);
    const next = expectPosted(
      await more!.request('chat:send', { clientMsgId: clientMsgId(), text: 'after' }),
    );
    expect(next.message.seq).toBeGreaterThan(Math.max(...acked));
    more!.close();
  });

  it('keeps every acknowledged message when the process is killed', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'haven-crash-'));
    cleanup.push(() => rmSync(dataDir, { recursive: true, force: true }));

    const { url, sessionId, child } = await spawnServer(dataDir);
    cleanup.push(() => child.kill('SIGKILL'));
    const clients = await joinMany(url, sessionId, 3);
    const acked = await sendFromMany(clients, 5);
    // Kill without any chance to flush: only what was durable at ack time may survive.
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    for (const c of clients) c.close();

    const again = await startTestHaven({ dataDir }, { sessionId });
    cleanup.push(() => void again.stop());
    const seqs = await allSeqs(again.haven.url, sessionId);
    for (const seq of acked) expect(seqs).toContain(seq);
  });
});

/** The real entry point in a child process, as `npm start` runs it. */
async function spawnServer(
  dataDir: string,
): Promise<{ url: string; sessionId: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: serverDir,
    env: { ...process.env, DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'warn', WEB_DIST: dataDir },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let output = '';
  const link = await new Promise<RegExpMatchArray>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 20_000);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+)\/s\/([A-Za-z0-9_-]+)/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(m);
      }
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
  return { url: link[1]!, sessionId: link[2]!, child };
}
