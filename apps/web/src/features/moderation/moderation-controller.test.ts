import { describe, expect, it } from 'vitest';
import type {
  ClientEventName,
  Result,
  ServerEventName,
  ServerPayload,
  SessionInfo,
} from '@haven/protocol';
import type { Signaling } from '../../services/signaling';
import type { SessionPhase, SessionSnapshot } from '../room/session-controller';
import { bindModeration } from './moderation-controller';
import { NO_MODERATION } from './room-moderation';

const session: SessionInfo = {
  id: 's1',
  title: 'Tuesday',
  groupId: 'g1',
  groupName: 'Newcomers',
  openToAll: false,
  language: 'en',
  agreement: { version: 1, text: 'Be kind.' },
  media: 'audio_video',
  lobby: false,
  lobbyMessage: '',
  maskContacts: false,
  schedule: null,
};
const joined: SessionPhase = {
  kind: 'joined',
  self: { id: 'me', displayName: 'Amal', role: 'participant', status: 'present' },
  session,
};

/** A socket that records requests, answers them with `reply`, and emits on demand. */
function fakeSocket(reply: Result<object>) {
  const handlers = new Map<string, Set<(p: unknown) => void>>();
  const sent: { event: ClientEventName; payload: unknown }[] = [];
  const socket = {
    request: (event: ClientEventName, payload: unknown) => {
      sent.push({ event, payload });
      return Promise.resolve(reply);
    },
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
  return { socket, emit, sent, listening: () => [...handlers.values()].some((s) => s.size > 0) };
}

function setup(reply: Result<object> = { ok: true, data: {} }) {
  const fake = fakeSocket(reply);
  let phase: SessionPhase = joined;
  const listeners = new Set<() => void>();
  const controller = {
    subscribe: (l: () => void) => {
      listeners.add(l);
      return () => void listeners.delete(l);
    },
    getSnapshot: () => ({ phase, moderation: NO_MODERATION }) as unknown as SessionSnapshot,
    signaling: () => (phase.kind === 'joined' ? fake.socket : null),
  };
  const moderation = bindModeration(controller);
  const move = (next: SessionPhase) => {
    phase = next;
    for (const l of [...listeners]) l();
  };
  return { ...fake, moderation, move };
}

describe('bindModeration', () => {
  it('keeps a private warning and a request to unmute until the person dismisses them', () => {
    const { emit, moderation } = setup();
    emit('moderation:warning', { text: 'Please keep it kind.' });
    emit('moderation:unmute-requested', { kind: 'audio' });
    expect(moderation.getSnapshot().warning?.value).toBe('Please keep it kind.');
    expect(moderation.getSnapshot().unmuteRequest?.value).toBe('audio');
    moderation.dismissWarning();
    moderation.dismissUnmuteRequest();
    expect(moderation.getSnapshot()).toMatchObject({ warning: null, unmuteRequest: null });
  });

  it('shows the same warning again when it is given again', () => {
    const { emit, moderation } = setup();
    emit('moderation:warning', { text: 'Again.' });
    const first = moderation.getSnapshot().warning?.serial;
    emit('moderation:warning', { text: 'Again.' });
    expect(moderation.getSnapshot().warning?.serial).not.toBe(first);
  });

  it('sends commands on the session’s socket and keeps a refusal to say why', async () => {
    const { moderation, sent } = setup({ ok: false, error: { code: 'FORBIDDEN', message: 'no' } });
    const result = await moderation.act('mod:mute', { participantId: 'p2', kind: 'audio' });
    expect(result.ok).toBe(false);
    expect(sent).toEqual([{ event: 'mod:mute', payload: { participantId: 'p2', kind: 'audio' } }]);
    expect(moderation.getSnapshot().refused?.value).toBe('FORBIDDEN');
  });

  it('forgets what was said, and stops listening, once the person is out of the room', () => {
    const { emit, moderation, move, listening } = setup();
    emit('moderation:warning', { text: 'Careful.' });
    move({ kind: 'closed', reason: 'removed' });
    expect(moderation.getSnapshot().warning).toBeNull();
    expect(listening()).toBe(false);
  });

  it('says it cannot act without a connection', async () => {
    const { moderation, move } = setup();
    move({ kind: 'idle', reason: 'left' });
    const result = await moderation.act('hand:raise', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
  });
});
