import { describe, expect, it } from 'vitest';
import type { ParticipantView, SessionInfo } from '@haven/protocol';
import type { HardMutes } from '../../services/media';
import type { Signaling } from '../../services/signaling';
import { NO_MODERATION } from '../moderation/room-moderation';
import type { SessionPhase, SessionSnapshot } from '../room/session-controller';
import { bindMedia, type MediaFactory, type MediaLink } from './media-binding';

const self: ParticipantView = {
  id: 'p1',
  displayName: 'Amal',
  role: 'participant',
  status: 'present',
};
const session: SessionInfo = {
  id: 's1',
  title: 'Tuesday',
  groupId: 'g1',
  groupName: 'Newcomers',
  openToAll: false,
  language: 'ar',
  agreement: { version: 1, text: 'Be kind.' },
  media: 'audio_video',
  lobby: false,
  lobbyMessage: '',
  maskContacts: false,
  schedule: null,
};
const joined: SessionPhase = { kind: 'joined', self, session };

const snapshot = (phase: SessionPhase, live: boolean): SessionSnapshot => ({
  phase,
  connection: live ? 'connected' : 'reconnecting',
  live,
  participants: [],
  messages: [],
  outbox: [],
  catchingUp: false,
  notice: null,
  moderation: NO_MODERATION,
  chatWaitUntil: null,
  bounced: null,
});

/** A controller the test moves by hand. */
function fakeController() {
  let snap = snapshot({ kind: 'idle', reason: 'initial' }, false);
  let signaling: Signaling | null = null;
  const listeners = new Set<() => void>();
  return {
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    getSnapshot: () => snap,
    signaling: () => signaling,
    move(next: SessionSnapshot, socket: Signaling | null = signaling) {
      snap = next;
      signaling = socket;
      for (const l of [...listeners]) l();
    },
  };
}

class FakeMedia {
  lives: boolean[] = [];
  mutes: HardMutes[] = [];
  closed: { forget?: boolean } | null = null;
  constructor(readonly link: MediaLink) {}
  setLive(live: boolean) {
    this.lives.push(live);
  }
  setHardMuted(mutes: HardMutes) {
    this.mutes.push(mutes);
  }
  close(options: { forget?: boolean } = {}) {
    this.closed = options;
  }
}

const socket = (): Signaling => ({}) as Signaling;
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

function setup(load?: () => Promise<MediaFactory<FakeMedia>>) {
  const controller = fakeController();
  const made: FakeMedia[] = [];
  let loads = 0;
  const binding = bindMedia(controller, 's1', () => {
    loads++;
    return load
      ? load()
      : Promise.resolve((link: MediaLink) => {
          const media = new FakeMedia(link);
          made.push(media);
          return media;
        });
  });
  return { controller, binding, made, loads: () => loads };
}

describe('bindMedia', () => {
  it('loads nothing until the person is in the room', async () => {
    const { binding, loads } = setup();
    await flush();
    expect(loads()).toBe(0);
    expect(binding.getState()).toEqual({ kind: 'none' });
  });

  it('loads nothing at all in a text-only group', async () => {
    const { controller, binding, loads } = setup();
    const textOnly: SessionPhase = { ...joined, session: { ...session, media: 'text_only' } };
    controller.move(snapshot(textOnly, true), socket());
    await flush();
    expect(loads()).toBe(0);
    expect(binding.getState()).toEqual({ kind: 'none' });
  });

  it('starts one media session for the join and tells it when the session is live', async () => {
    const { controller, binding, made } = setup();
    const s = socket();
    controller.move(snapshot(joined, true), s);
    expect(binding.getState()).toEqual({ kind: 'loading' });
    await flush();
    expect(made).toHaveLength(1);
    expect(made[0]!.link).toEqual({ signaling: s, sessionId: 's1', selfId: 'p1' });
    expect(binding.getState()).toEqual({ kind: 'ready', media: made[0] });

    // The connection drops and comes back: same media session, told both times.
    controller.move(snapshot(joined, false));
    controller.move(snapshot(joined, true));
    expect(made).toHaveLength(1);
    expect(made[0]!.lives).toEqual([true, false, true]);
  });

  it('closes the media session and forgets its choices when the person leaves', async () => {
    const { controller, binding, made } = setup();
    controller.move(snapshot(joined, true), socket());
    await flush();
    controller.move(snapshot({ kind: 'idle', reason: 'left' }, false), null);
    expect(made[0]!.closed).toEqual({ forget: true });
    expect(binding.getState()).toEqual({ kind: 'none' });
  });

  it('starts a new media session for a new join', async () => {
    const { controller, made } = setup();
    controller.move(snapshot(joined, true), socket());
    await flush();
    controller.move(snapshot(joined, true), socket());
    expect(made).toHaveLength(2);
    expect(made[0]!.closed).toEqual({});
    expect(made[1]!.lives).toEqual([true]);
  });

  it('keeps the room going when the media code cannot be loaded, and can try again', async () => {
    let fail = true;
    const { controller, binding, made } = setup(() =>
      fail
        ? Promise.reject(new Error('offline'))
        : Promise.resolve((link: MediaLink) => {
            const media = new FakeMedia(link);
            made.push(media);
            return media;
          }),
    );
    controller.move(snapshot(joined, true), socket());
    await flush();
    expect(binding.getState()).toEqual({ kind: 'unavailable' });
    fail = false;
    binding.reload();
    await flush();
    expect(binding.getState()).toMatchObject({ kind: 'ready' });
  });

  it('closes the media session without forgetting when the page lets go of the session', async () => {
    const { controller, binding, made } = setup();
    controller.move(snapshot(joined, true), socket());
    await flush();
    binding.dispose();
    expect(made[0]!.closed).toEqual({});
  });

  it('passes the person’s own hard mutes to the media session, with the reason', async () => {
    const { controller, made } = setup();
    const s = socket();
    controller.move(snapshot(joined, true), s);
    await flush();
    const muted = (mutes: SessionSnapshot['moderation']['mutes'], paused = false) => ({
      ...snapshot(joined, true),
      moderation: {
        ...NO_MODERATION,
        mutes,
        settings: { ...NO_MODERATION.settings, paused },
      },
    });
    controller.move(
      muted([
        { participantId: 'p1', kinds: ['audio', 'chat'] },
        { participantId: 'p2', kinds: ['video'] },
      ]),
    );
    controller.move(muted([{ participantId: 'p1', kinds: ['audio', 'video', 'chat'] }], true));
    controller.move(muted([]));
    expect(made[0]!.mutes.slice(1)).toEqual([
      { kinds: ['audio'], reason: 'moderator' },
      { kinds: ['audio', 'video'], reason: 'paused' },
      { kinds: [], reason: 'moderator' },
    ]);
  });
});
