import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectPosted,
  clientMsgId,
  participant,
  expectOk,
  joinAs,
  startTestHaven,
  type HavenUnderTest,
} from '../test-support/haven-under-test';
import { createTestSchema, TEST_DATABASE_URL } from '../test-support/postgres';

describe('with DATABASE_URL set', () => {
  let schema: Awaited<ReturnType<typeof createTestSchema>>;
  let t: HavenUnderTest;

  beforeAll(async () => {
    schema = await createTestSchema();
    t = await startTestHaven({ databaseUrl: TEST_DATABASE_URL }, { pgSchema: schema.schema });
  });
  afterAll(async () => {
    await t.dispose();
    await schema.drop();
  });

  it('stores chat in PostgreSQL and keeps it across a restart', async () => {
    expect(t.haven.store.dialect).toBe('postgres');
    const a = await participant(t.haven.url, t.sessionId, 'Amal');
    const b = await participant(t.haven.url, t.sessionId, 'Bohdan');
    expectOk(await joinAs(a, t.sessionId, 'Amal'));
    expectOk(await joinAs(b, t.sessionId, 'Bohdan'));
    const sent = await Promise.all(
      ['one', 'two', 'three'].map((text) =>
        a.request('chat:send', { clientMsgId: clientMsgId(), text }),
      ),
    );
    const seqs = sent.map((r) => expectPosted(r).message.seq);
    const got = await b.waitFor('chat:message', 3);
    expect(got.map((m) => m.seq)).toEqual(seqs);
    a.close();
    b.close();
    await t.stop();

    t = await startTestHaven(
      { databaseUrl: TEST_DATABASE_URL },
      { pgSchema: schema.schema, sessionId: t.sessionId },
    );
    const c = await participant(t.haven.url, t.sessionId, 'Chen');
    const joined = expectOk(await joinAs(c, t.sessionId, 'Chen'));
    expect(joined.history.map((m) => m.text)).toEqual(['one', 'two', 'three']);
    c.close();
  });
});
