import { describe, expect, it } from 'vitest';
import type { LobbyView } from '@haven/protocol';
import { fakeRoomLink, settle } from '../../test-support/fake-room-link';
import { bindLobby } from './lobby-binding';

const waiting = (...names: string[]): LobbyView => ({
  waiting: names.map((n) => ({
    participantId: `id-${n}`,
    displayName: n,
    since: '2025-01-01T10:00:00.000Z',
  })),
  denied: [],
});

function setup(role: 'participant' | 'moderator' = 'moderator') {
  const link = fakeRoomLink(role);
  return { ...link, lobby: bindLobby(link.controller) };
}

describe('bindLobby', () => {
  it('lists the lobby once for staff, then follows the broadcasts and names newcomers', async () => {
    const { lobby, sent, emit } = setup();
    expect(sent.map((s) => s.event)).toEqual(['lobby:list']);
    sent[0]!.answer({ ok: true, data: waiting('Amal') });
    await settle();
    expect(lobby.getSnapshot().view?.waiting.map((p) => p.displayName)).toEqual(['Amal']);
    expect(lobby.getSnapshot().arrived).toBeNull();

    emit('lobby:changed', waiting('Amal', 'Bohdan'));
    expect(lobby.getSnapshot().arrived?.value.map((p) => p.displayName)).toEqual(['Bohdan']);
    expect(sent).toHaveLength(1);
  });

  it('drops a list reply that is older than a broadcast', async () => {
    const { lobby, sent, emit } = setup();
    emit('lobby:changed', waiting('Amal', 'Bohdan'));
    sent[0]!.answer({ ok: true, data: waiting('Amal') });
    await settle();
    expect(lobby.getSnapshot().view?.waiting).toHaveLength(2);
  });

  it('asks again after a rejoin, since broadcasts were lost while the link was down', async () => {
    const { sent, change } = setup();
    change({ live: false });
    change({ live: false });
    expect(sent).toHaveLength(1);
    change({ live: true });
    expect(sent.map((s) => s.event)).toEqual(['lobby:list', 'lobby:list']);
    await settle();
  });

  it('does nothing for participants, and forgets the lobby when the moderator leaves', async () => {
    expect(setup('participant').sent).toEqual([]);

    const { lobby, sent, change } = setup();
    sent[0]!.answer({ ok: true, data: waiting('Amal') });
    await settle();
    change({ phase: { kind: 'idle', reason: 'left' } });
    expect(lobby.getSnapshot().view).toBeNull();
  });

  it('sends actions on the current socket and remembers a refusal', async () => {
    const { lobby, sent } = setup();
    const done = lobby.act('lobby:deny', { participantId: 'id-Amal', reason: 'Not today' });
    const deny = sent[1]!;
    expect(deny).toMatchObject({
      event: 'lobby:deny',
      payload: { participantId: 'id-Amal', reason: 'Not today' },
    });
    deny.answer({ ok: false, error: { code: 'NOT_FOUND', message: 'gone' } });
    await done;
    expect(lobby.getSnapshot().refused?.value).toBe('NOT_FOUND');
  });
});
