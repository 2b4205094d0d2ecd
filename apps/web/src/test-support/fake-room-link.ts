import type {
  ClientEventName,
  Result,
  ServerEventName,
  ServerPayload,
  SessionInfo,
} from '@haven/protocol';
import type { Signaling } from '../services/signaling';
import type { SessionPhase, SessionSnapshot } from '../features/room/session-controller';

export const session: SessionInfo = {
  id: 's1',
  title: 'Tuesday',
  groupId: 'g1',
  groupName: 'Newcomers',
  openToAll: false,
  language: 'en',
  agreement: { version: 1, text: 'Be kind.' },
  media: 'audio_video',
  lobby: true,
  lobbyMessage: '',
  maskContacts: false,
  schedule: null,
};

export const inRoomAs = (role: 'participant' | 'moderator'): SessionPhase => ({
  kind: 'joined',
  self: { id: 'me', displayName: 'Mo', role, status: 'present' },
  session,
});

/** A socket whose replies the test releases by hand, in any order. */
export function fakeSocket() {
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

/**
 * What a staff view binds to: a session controller reduced to its phase, liveness and socket,
 * which the test changes by hand.
 */
export function fakeRoomLink(role: 'participant' | 'moderator' = 'moderator') {
  const fake = fakeSocket();
  let phase: SessionPhase = inRoomAs(role);
  let live = true;
  const listeners = new Set<() => void>();
  const controller = {
    subscribe: (l: () => void) => {
      listeners.add(l);
      return () => void listeners.delete(l);
    },
    getSnapshot: () => ({ phase, live, outbox: [] }) as unknown as SessionSnapshot,
    signaling: () => (phase.kind === 'joined' ? fake.socket : null),
  };
  const change = (next: { phase?: SessionPhase; live?: boolean }) => {
    phase = next.phase ?? phase;
    live = next.live ?? live;
    for (const l of [...listeners]) l();
  };
  return { ...fake, controller, change };
}

/** Lets promise callbacks that are already due run. */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
