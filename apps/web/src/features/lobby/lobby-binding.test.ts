import { describe, expect, it } from 'vitest';
import type {
  ClientEventName,
  LobbyView,
  Result,
  ServerEventName,
  ServerPayload,
  SessionInfo,
} from '@haven/protocol';
import type { Signaling } from '../../services/signaling';
import type { SessionPhase, SessionSnapshot } from '../room/session-controller';
import { bindLobby } from './lobby-binding';

const session: SessionInfo = {
  id: 's1',
  title: 'Tuesday',
  groupId: 'g1',
  groupName: 'Newcomers',
  openToAll: false,
  language: 'en',
  agreement: { version: 1, text: 'Be kind.' },
  media: 'audio_video',
  lobby: true,
};
const asRole = (role: 'participant' | 'moderator'): SessionPhase => ({
  kind: 'joined',
  self: { id: 'me', displayName: 'Mo', role, status: 'present' },
  session,
});
const waiting = (...names: string[]): LobbyView => ({
  waiting: names.map((n) => ({
    participantId: `id-${n}`,
    displayName: n,
    since: '2025-01-01T10:00:00.000Z',
  })),
  denied: [],
});

/** A socket whose replies the test releases by hand, in any order. */
function fakeSocket() {
  const handlers = new Map<string, Set<(p: unknown) => void>>();
  const sent: { event: ClientEventName; payload: unknown; answer: (r: Result<unknown>) => void }[] =
    [];
  const socket = {
    request: (event: ClientEventName, payload: unknown) =>
      new Promise((answer) => sent.push({ event, payload, answer })),
    on: (event: string, handler: (p: unknown) => void) => {
      const set = handlers.get(event) ?? new Set();
      set.add(handler);
      handlers.set(event, set);
      return () => void set.delete(handler);
    },
  } as unknown as Signaling;
  const emit = <E extends ServerEventName>(event: E, payload: ServerPayload<E>) => {
    for (const handler of handlers.get(event) ?? []) handler(payload);
  };
  return { socket, emit, sent };
}

function setup(role: 'participant' | 'moderator' = 'moderator') {
  const fake = fakeSocket();
  let phase: SessionPhase = asRole(role);
  let live = true;
  const listeners = new Set<() => void>();
  const controller = {
    subscribe: (l: () => void) => {
      listeners.add(l);
      return () => void listeners.delete(l);
    },
    getSnapshot: () => ({ phase, live }) as unknown as SessionSnapshot,
    signaling: () => (phase.kind === 'joined' ? fake.socket : null),
  };
  const lobby = bindLobby(controller);
  const change = (next: { phase?: SessionPhase; live?: boolean }) => {
    phase = next.phase ?? phase;
    live = next.live ?? live;
    for (const l of [...listeners]) l();
  };
  return { ...fake, lobby, change };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

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
