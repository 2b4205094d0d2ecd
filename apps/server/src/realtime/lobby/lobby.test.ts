import { PROTOCOL_VERSION } from '@haven/protocol';
import { describe, expect, it } from 'vitest';
import { randomIds } from '../../system';
import {
  codeOf,
  expectOk,
  freshHavenPerTest,
  joinAs,
  joinPayload,
  type TestClient,
} from '../../test-support/haven-under-test';
import { groupId } from '../../test-support/media';

describe('the lobby', () => {
  const s = freshHavenPerTest();

  async function lobbySession(): Promise<string> {
    const id = randomIds.next();
    await s.t.haven.store.sessions.create({
      id,
      groupId: await groupId(s.t),
      title: 'Closed circle',
      createdAt: new Date().toISOString(),
      lobby: true,
    });
    return id;
  }

  const knock = (c: TestClient, sessionId: string) =>
    c.request('lobby:knock', { protocolVersion: PROTOCOL_VERSION, sessionId });

  /** A member of the group (through the demo session's open group), not yet in any room. */
  async function member(name: string): Promise<TestClient> {
    const c = await s.client(name);
    // Joining the open demo session makes them a member under that name; then they leave it.
    expectOk(await joinAs(c, s.t.sessionId, name));
    expectOk(await c.request('session:leave', {}));
    return c;
  }

  it('keeps people waiting until a moderator admits them, and admitted stays admitted', async () => {
    const sid = await lobbySession();
    const amal = await member('Amal');
    // Nobody gets in by sending session:join straight away.
    expect(codeOf(await amal.request('session:join', joinPayload(sid)))).toBe('FORBIDDEN');
    expect(expectOk(await knock(amal, sid))).toEqual({ status: 'waiting', message: null });

    // The first moderator to arrive sees who has been waiting.
    const mod = await s.staff();
    expectOk(await mod.request('session:join', joinPayload(sid)));
    const { waiting } = expectOk(await mod.request('lobby:list', {}));
    expect(waiting.map((w) => w.displayName)).toEqual(['Amal']);
    const amalId = waiting[0]?.participantId ?? '';

    expectOk(await mod.request('lobby:message', { text: 'We start in five minutes.' }));
    expect(await amal.waitFor('lobby:notice')).toEqual([{ text: 'We start in five minutes.' }]);
    expectOk(await mod.request('lobby:admit', { participantId: amalId }));
    await amal.waitFor('lobby:admitted');
    expect((await mod.waitFor('lobby:changed')).at(-1)?.waiting).toEqual([]);
    expectOk(await amal.request('session:join', joinPayload(sid)));

    // A reload (a new connection of the same device) goes straight back in.
    amal.close();
    const again = await s.reconnect(amal);
    expect(expectOk(await knock(again, sid)).status).toBe('admitted');
    expectOk(await again.request('session:join', joinPayload(sid)));
  });

  it('a denied person hears why and cannot knock again until a moderator allows it', async () => {
    const sid = await lobbySession();
    const mod = await s.staff();
    expectOk(await mod.request('session:join', joinPayload(sid)));
    const badr = await member('Badr');
    expectOk(await knock(badr, sid));
    const [changed] = await mod.waitFor('lobby:changed');
    const badrId = changed?.waiting[0]?.participantId ?? '';

    expectOk(await mod.request('lobby:deny', { participantId: badrId, reason: 'Full tonight' }));
    expect(await badr.waitFor('lobby:denied')).toEqual([{ reason: 'Full tonight' }]);
    const refused = await knock(badr, sid);
    expect(codeOf(refused)).toBe('FORBIDDEN');
    expect(!refused.ok && refused.error.message).toContain('Full tonight');
    expect(expectOk(await mod.request('lobby:list', {})).denied).toEqual([
      { participantId: badrId, displayName: 'Badr' },
    ]);

    expectOk(await mod.request('lobby:allow-knock', { participantId: badrId }));
    expect(expectOk(await knock(badr, sid)).status).toBe('waiting');
    expectOk(await mod.request('lobby:admit-all', {}));
    await badr.waitFor('lobby:admitted');
    expectOk(await badr.request('session:join', joinPayload(sid)));
  });

  it('someone who stops waiting leaves the lobby', async () => {
    const sid = await lobbySession();
    const mod = await s.staff();
    expectOk(await mod.request('session:join', joinPayload(sid)));
    const carla = await member('Carla');
    expectOk(await knock(carla, sid));
    await mod.waitFor('lobby:changed');
    carla.close();
    const [, gone] = await mod.waitFor('lobby:changed', 2);
    expect(gone?.waiting).toEqual([]);
  });

  it('a locked room sends newcomers to the lobby, and a moderator can still let them in', async () => {
    const dana = await member('Dana');
    const mod = await s.staff();
    expectOk(await mod.request('session:join', joinPayload(s.t.sessionId)));
    expectOk(await mod.request('room:lock', { locked: true }));
    expect(codeOf(await dana.request('session:join', joinPayload(s.t.sessionId)))).toBe(
      'ROOM_LOCKED',
    );
    expect(expectOk(await knock(dana, s.t.sessionId)).status).toBe('waiting');
    const [changed] = await mod.waitFor('lobby:changed');
    expectOk(
      await mod.request('lobby:admit', { participantId: changed?.waiting[0]?.participantId ?? '' }),
    );
    await dana.waitFor('lobby:admitted');
    expectOk(await dana.request('session:join', joinPayload(s.t.sessionId)));
  });

  it('participants cannot see or work the door', async () => {
    const sid = await lobbySession();
    const amal = await member('Amal');
    const mod = await s.staff();
    expectOk(await mod.request('session:join', joinPayload(sid)));
    const { waiting } = expectOk(await mod.request('lobby:list', {}));
    expect(waiting).toEqual([]);
    expectOk(await knock(amal, sid));
    const [changed] = await mod.waitFor('lobby:changed');
    const amalId = changed?.waiting[0]?.participantId ?? '';
    expectOk(await mod.request('lobby:admit', { participantId: amalId }));
    expectOk(await amal.request('session:join', joinPayload(sid)));
    const badr = await member('Badr');
    expectOk(await knock(badr, sid));
    // Amal, now inside, hears nothing of the door and cannot open it.
    expect(amal.received('lobby:changed')).toEqual([]);
    const badrId = (await mod.waitFor('lobby:changed', 3)).at(-1)?.waiting[0]?.participantId;
    expect(codeOf(await amal.request('lobby:admit', { participantId: badrId ?? '' }))).toBe(
      'FORBIDDEN',
    );
  });
});
