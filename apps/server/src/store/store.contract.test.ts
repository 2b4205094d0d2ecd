import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChatMessage } from '@haven/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestSchema, TEST_DATABASE_URL } from '../test-support/postgres';
import { openStore, type Store } from './store';

interface Harness {
  name: string;
  open(): Promise<Store>;
  teardown(): Promise<void>;
}

const sqlite = (): Harness => {
  const dir = mkdtempSync(join(tmpdir(), 'haven-store-'));
  return {
    name: 'sqlite',
    open: () => openStore({ dataDir: dir }),
    teardown: () => Promise.resolve(rmSync(dir, { recursive: true, force: true })),
  };
};

const postgres = (): Harness => {
  let schema: Awaited<ReturnType<typeof createTestSchema>> | undefined;
  return {
    name: 'postgres',
    open: async () => {
      schema ??= await createTestSchema();
      return openStore({ databaseUrl: TEST_DATABASE_URL, dataDir: '', pgSchema: schema.schema });
    },
    teardown: async () => schema?.drop(),
  };
};

let n = 0;
const message = (
  seq: number,
  extra: Partial<ChatMessage & { sessionId: string }> = {},
): ChatMessage & { sessionId: string } => ({
  sessionId: 's1',
  id: `m${seq}-${n++}`,
  seq,
  senderId: 'p1',
  senderName: 'Amal',
  clientMsgId: `c${seq}-${n++}`,
  text: `text ${seq}`,
  sentAt: new Date(Date.UTC(2026, 10, 26, 10, 0, seq)).toISOString(),
  ...extra,
});

describe.each([sqlite, postgres])('store contract (%o)', (makeHarness) => {
  const harness = makeHarness();
  let store: Store;

  beforeAll(async () => {
    store = await harness.open();
    await store.createGroup({
      id: 'g1',
      name: 'Newcomers circle',
      description: '',
      language: 'ar',
      agreementText: 'Be kind.',
      agreementVersion: 3,
      createdAt: '2026-11-26T10:00:00.000Z',
    });
    await store.createSession({
      id: 's1',
      groupId: 'g1',
      title: 'Week 1',
      createdAt: '2026-11-26T10:00:00.000Z',
    });
    await store.createSession({
      id: 's2',
      groupId: 'g1',
      title: 'Week 2',
      createdAt: '2026-11-27T10:00:00.000Z',
    });
  });
  afterAll(async () => {
    await store.close();
    await harness.teardown();
  });

  it(`${harness.name}: runs migrations again without harm and pings`, async () => {
    const again = await harness.open();
    await again.ping();
    expect(await again.getSessionInfo('s1')).not.toBeNull();
    await again.close();
    expect(store.dialect).toBe(harness.name);
  });

  it(`${harness.name}: reads a session with its group and agreement`, async () => {
    expect(await store.getSessionInfo('s1')).toEqual({
      id: 's1',
      title: 'Week 1',
      groupName: 'Newcomers circle',
      language: 'ar',
      agreement: { version: 3, text: 'Be kind.' },
    });
    expect(await store.getSessionInfo('missing')).toBeNull();
    expect(await store.anySessionId()).toBe('s1');
  });

  it(`${harness.name}: finds a participant by token hash only within their session`, async () => {
    const p = {
      id: 'p1',
      sessionId: 's1',
      displayName: 'Amal',
      role: 'participant' as const,
      resumeTokenHash: 'hash-1',
      createdAt: '2026-11-26T10:00:00.000Z',
    };
    await store.saveParticipant(p);
    expect(await store.findParticipantByToken('s1', 'hash-1')).toEqual(p);
    expect(await store.findParticipantByToken('s2', 'hash-1')).toBeNull();
    expect(await store.findParticipantByToken('s1', 'other')).toBeNull();
  });

  it(`${harness.name}: appends batches in one transaction and reads them by seq`, async () => {
    expect(await store.maxSeq('s1')).toBe(0);
    await store.appendMessages([message(1), message(2), message(3)]);
    await store.appendMessages([message(4), message(5, { senderId: 'p2', text: 'مرحبا 👋' })]);
    expect(await store.maxSeq('s1')).toBe(5);
    expect(await store.maxSeq('s2')).toBe(0);

    const after = await store.messagesAfter('s1', 2, 10);
    expect(after.map((m) => m.seq)).toEqual([3, 4, 5]);
    expect(after[2]).toMatchObject({ senderId: 'p2', text: 'مرحبا 👋', seq: 5 });
    expect(after[2]!.sentAt).toBe(new Date(Date.UTC(2026, 10, 26, 10, 0, 5)).toISOString());
    expect((await store.messagesAfter('s1', 0, 2)).map((m) => m.seq)).toEqual([1, 2]);
    expect((await store.messagesAfter('s1', 0, 10, 3)).map((m) => m.seq)).toEqual([1, 2, 3]);
    expect((await store.messagesBefore('s1', undefined, 2)).map((m) => m.seq)).toEqual([4, 5]);
    expect((await store.messagesBefore('s1', 4, 2)).map((m) => m.seq)).toEqual([2, 3]);
    expect((await store.messagesBefore('s1', undefined, 10, 2)).map((m) => m.seq)).toEqual([1, 2]);
    expect((await store.recentMessagesBy('s1', 'p1', 2)).map((m) => m.seq)).toEqual([4, 3]);
  });

  it(`${harness.name}: stores nothing of a batch when one row is refused`, async () => {
    const before = await store.maxSeq('s1');
    const dupSeq = message(before); // seq already taken
    await expect(store.appendMessages([message(before + 1), dupSeq])).rejects.toThrow();
    expect(await store.maxSeq('s1')).toBe(before);

    const first = message(before + 1, { clientMsgId: 'same' });
    await store.appendMessages([first]);
    // The same sender's retried client id can never become a second row.
    await expect(
      store.appendMessages([message(before + 2, { clientMsgId: 'same' })]),
    ).rejects.toThrow();
    await store.appendMessages([message(before + 2, { clientMsgId: 'same', senderId: 'p9' })]);
    expect(await store.maxSeq('s1')).toBe(before + 2);
  });

  it(`${harness.name}: keeps concurrent batches intact`, async () => {
    const base = await store.maxSeq('s2');
    await Promise.all(
      Array.from({ length: 10 }, (_, b) =>
        store.appendMessages(
          Array.from({ length: 20 }, (_, i) => message(base + b * 20 + i + 1, { sessionId: 's2' })),
        ),
      ),
    );
    const all = await store.messagesAfter('s2', base, 1000);
    expect(all.map((m) => m.seq)).toEqual(Array.from({ length: 200 }, (_, i) => base + i + 1));
  });
});
