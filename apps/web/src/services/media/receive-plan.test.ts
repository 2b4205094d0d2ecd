import { describe, expect, it } from 'vitest';
import type { RemoteProducer } from '@haven/protocol';
import { planReceive, type ConsumerInfo, type ReceiveInput } from './receive-plan';
import {
  addProducer,
  producersFrom,
  rememberSpeakers,
  removeProducer,
  setProducerPaused,
} from './remote-producers';

const audio = (who: string): RemoteProducer => ({
  producerId: `${who}-mic`,
  participantId: who,
  kind: 'audio',
  source: 'microphone',
  paused: false,
});
const video = (who: string): RemoteProducer => ({
  producerId: `${who}-cam`,
  participantId: who,
  kind: 'video',
  source: 'camera',
  paused: false,
});
const consumer = (p: RemoteProducer, layer: 'low' | 'auto' = 'auto'): ConsumerInfo => ({
  consumerId: `c-${p.producerId}`,
  producerId: p.producerId,
  kind: p.kind,
  layer,
});

const people = ['ana', 'ben', 'cai', 'dev', 'eli', 'fay'];
const everyone = people.flatMap((who) => [audio(who), video(who)]);

const input = (over: Partial<ReceiveInput>): ReceiveInput => ({
  mode: 'all',
  producers: producersFrom(everyone, 'me'),
  consumers: [],
  skip: new Set(),
  recentSpeakers: [],
  ...over,
});

describe('planReceive', () => {
  it('receives every track in the full mode', () => {
    const plan = planReceive(input({}));
    expect(plan.consume).toEqual(everyone.map((p) => p.producerId));
    expect(plan).toMatchObject({ close: [], drop: [], setLayer: [] });
  });

  it('audio only: all sound, no video, and closes the videos being received', () => {
    const consumers = [consumer(audio('ana')), consumer(video('ana')), consumer(video('ben'))];
    const plan = planReceive(input({ mode: 'audio-only', consumers }));
    expect(plan.consume).toEqual(people.filter((p) => p !== 'ana').map((p) => `${p}-mic`));
    expect(plan.close).toEqual(['c-ana-cam', 'c-ben-cam']);
  });

  it('data saver: the recent speakers’ videos first, at most four, on the lowest layer', () => {
    const consumers = [consumer(video('ana')), consumer(video('fay'))];
    const plan = planReceive(
      input({ mode: 'data-saver', consumers, recentSpeakers: ['fay', 'eli'] }),
    );
    // fay and eli spoke; then room order: ana, ben. cai and dev wait.
    const videos = plan.consume.filter((id) => id.endsWith('-cam'));
    expect(videos).toEqual(['ben-cam', 'eli-cam']);
    expect(plan.close).toEqual([]);
    expect(plan.setLayer).toEqual([
      { consumerId: 'c-ana-cam', spatialLayer: 0, layer: 'low' },
      { consumerId: 'c-fay-cam', spatialLayer: 0, layer: 'low' },
    ]);
  });

  it('data saver closes a video that fell out of the four', () => {
    const consumers = ['ana', 'ben', 'cai', 'dev'].map((p) => consumer(video(p), 'low'));
    const plan = planReceive(input({ mode: 'data-saver', consumers, recentSpeakers: ['fay'] }));
    expect(plan.consume.filter((id) => id.endsWith('-cam'))).toEqual(['fay-cam']);
    expect(plan.close).toEqual(['c-dev-cam']);
  });

  it('asks for the top layer again when data saver is switched off', () => {
    const plan = planReceive(input({ consumers: [consumer(video('ana'), 'low')] }));
    expect(plan.setLayer).toEqual([{ consumerId: 'c-ana-cam', spatialLayer: 2, layer: 'auto' }]);
  });

  it('drops consumers whose producer is gone and skips producers already in hand', () => {
    const gone = video('zed');
    const plan = planReceive(
      input({
        producers: producersFrom([audio('ana'), video('ana')], 'me'),
        consumers: [consumer(gone)],
        skip: new Set(['ana-cam']),
      }),
    );
    expect(plan).toEqual({ consume: ['ana-mic'], close: [], drop: ['c-zed-cam'], setLayer: [] });
  });
});

describe('remote producers', () => {
  it('leaves out this person’s own tracks and those closed while starting', () => {
    const map = producersFrom(
      [audio('me'), audio('ana'), video('ana')],
      'me',
      new Set(['ana-cam']),
    );
    expect([...map.keys()]).toEqual(['ana-mic']);
    expect(addProducer(map, video('me'), 'me')).toBe(map);
  });

  it('updates immutably and returns the same map when nothing changed', () => {
    const map = producersFrom([audio('ana')], 'me');
    expect(setProducerPaused(map, 'ana-mic', false)).toBe(map);
    const muted = setProducerPaused(map, 'ana-mic', true);
    expect(muted.get('ana-mic')?.paused).toBe(true);
    expect(map.get('ana-mic')?.paused).toBe(false);
    expect(removeProducer(muted, 'nobody')).toBe(muted);
    expect(removeProducer(muted, 'ana-mic').size).toBe(0);
  });

  it('remembers speakers, most recent first, without repeats', () => {
    expect(rememberSpeakers(['ana', 'ben', 'cai'], ['cai', 'dev'])).toEqual([
      'cai',
      'dev',
      'ana',
      'ben',
    ]);
    expect(rememberSpeakers(['ana', 'ben'], [], 1)).toEqual(['ana']);
  });
});

describe('planReceive: a private check-in’s call', () => {
  const inCall = (p: RemoteProducer): RemoteProducer => ({ ...p, talkId: 't1' });
  const call = [inCall(audio('mod')), inCall(video('mod'))];

  it('receives nothing of a call before joining it, all of it after, whatever the mode', () => {
    const producers = producersFrom([audio('ana'), ...call], 'me');
    expect(planReceive(input({ producers })).consume).toEqual(['ana-mic']);
    expect(planReceive(input({ producers, mode: 'audio-only', callTalkId: 't1' })).consume).toEqual(
      ['ana-mic', 'mod-mic', 'mod-cam'],
    );
    expect(planReceive(input({ producers, callTalkId: 't2' })).consume).toEqual(['ana-mic']);
  });

  it('closes the call’s consumers on leaving it', () => {
    const producers = producersFrom(call, 'me');
    const plan = planReceive(input({ producers, consumers: call.map((p) => consumer(p)) }));
    expect(plan.close).toEqual(['c-mod-mic', 'c-mod-cam']);
  });
});
