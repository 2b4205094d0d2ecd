import { describe, expect, it } from 'vitest';
import type { SupportAlert } from '@haven/protocol';
import { fakeRoomLink, settle } from '../../test-support/fake-room-link';
import { bindSupport } from './support-binding';

const call = (id: string, by: string | null = null): SupportAlert => ({
  id,
  participantId: `p-${id}`,
  displayName: `Person ${id}`,
  reason: 'asked',
  seq: null,
  raisedAt: `2026-11-26T10:0${id.charCodeAt(0) - 97}:00.000Z`,
  acknowledged: by ? { by, name: 'Mo', at: '2026-11-26T11:00:00.000Z' } : null,
});
const resources = {
  locale: 'ar',
  resources: [
    { name: 'Line', phone: '988', sms: '', whatsapp: '', hours: '24/7', description: '' },
  ],
};

function setup(role: 'participant' | 'moderator' = 'moderator') {
  const link = fakeRoomLink(role);
  return { ...link, support: bindSupport(link.controller) };
}

describe('bindSupport, for a participant', () => {
  it('sends the call with the page language and keeps the crisis resources of the reply', async () => {
    const { support, sent } = setup('participant');
    expect(sent).toEqual([]);
    const pressed = support.request('ar');
    expect(support.getSnapshot().request.kind).toBe('sending');
    // A second press while the first is on its way sends nothing more.
    void support.request('ar');
    expect(sent.map((s) => [s.event, s.payload])).toEqual([['support:request', { locale: 'ar' }]]);
    sent[0]!.answer({ ok: true, data: { alertId: 'a1', resources } });
    expect(await pressed).toBe(true);
    expect(support.getSnapshot().request).toEqual({ kind: 'sent', alertId: 'a1', resources });
    expect(support.getSnapshot().alerts).toEqual([]);
  });

  it('says when the call could not be sent, and tries again', async () => {
    const { support, sent } = setup('participant');
    const first = support.request('en');
    sent[0]!.answer({ ok: false, error: { code: 'TIMEOUT', message: 'slow' } });
    expect(await first).toBe(false);
    expect(support.getSnapshot().request).toEqual({ kind: 'failed', code: 'TIMEOUT' });
    const again = support.request('en');
    expect(sent).toHaveLength(2);
    sent[1]!.answer({ ok: true, data: { alertId: 'a1', resources } });
    expect(await again).toBe(true);
  });

  it('forgets the confirmation once the person leaves the room', async () => {
    const { support, sent, change } = setup('participant');
    const pressed = support.request('en');
    sent[0]!.answer({ ok: true, data: { alertId: 'a1', resources } });
    await pressed;
    change({ phase: { kind: 'idle', reason: 'left' } });
    expect(support.getSnapshot().request).toEqual({ kind: 'idle' });
  });
});

describe('bindSupport, for a moderator', () => {
  it('reads the calls on entering, then follows them, announcing each new one once', async () => {
    const { support, sent, emit } = setup();
    expect(sent.map((s) => s.event)).toEqual(['support:alerts']);
    emit('support:alert', call('b'));
    expect(support.getSnapshot().arrived?.value.map((a) => a.id)).toEqual(['b']);
    sent[0]!.answer({ ok: true, data: { alerts: [call('a', 'm2'), call('b')] } });
    await settle();
    expect(support.getSnapshot().alerts.map((a) => a.id)).toEqual(['a', 'b']);
    // Already announced, and a taken call is not announced at all.
    expect(support.getSnapshot().arrived?.value.map((a) => a.id)).toEqual(['b']);

    emit('support:alert', call('c'));
    expect(support.getSnapshot().arrived?.value.map((a) => a.id)).toEqual(['c']);
    const serial = support.getSnapshot().arrived?.serial;
    emit('support:alert', call('c', 'm2'));
    expect(support.getSnapshot().alerts.find((a) => a.id === 'c')?.acknowledged?.by).toBe('m2');
    expect(support.getSnapshot().arrived?.serial).toBe(serial);
  });

  it('announces calls that came while the link was down', async () => {
    const { support, sent, change } = setup();
    sent[0]!.answer({ ok: true, data: { alerts: [] } });
    await settle();
    expect(support.getSnapshot().arrived).toBeNull();
    change({ live: false });
    change({ live: true });
    sent[1]!.answer({ ok: true, data: { alerts: [call('a')] } });
    await settle();
    expect(support.getSnapshot().arrived?.value.map((a) => a.id)).toEqual(['a']);
  });

  it('takes a call on, and says why when it could not', async () => {
    const { support, sent } = setup();
    sent[0]!.answer({ ok: true, data: { alerts: [call('a')] } });
    await settle();
    const refused = support.acknowledge('a');
    expect(sent[1]).toMatchObject({ event: 'support:acknowledge', payload: { alertId: 'a' } });
    sent[1]!.answer({ ok: false, error: { code: 'NOT_FOUND', message: 'gone' } });
    expect(await refused).toBe(false);
    expect(support.getSnapshot().refused?.value).toBe('NOT_FOUND');

    const taken = support.acknowledge('a');
    sent[2]!.answer({ ok: true, data: call('a', 'me') });
    expect(await taken).toBe(true);
    expect(support.getSnapshot().alerts[0]?.acknowledged?.by).toBe('me');
    expect(support.getSnapshot().refused).toBeNull();
  });

  it('says so when the calls could not be read, and forgets them when the moderator leaves', async () => {
    const { support, sent, change } = setup();
    sent[0]!.answer({ ok: false, error: { code: 'UNAVAILABLE', message: 'down' } });
    await settle();
    expect(support.getSnapshot().refused?.value).toBe('UNAVAILABLE');
    change({ live: false });
    change({ live: true });
    sent[1]!.answer({ ok: true, data: { alerts: [call('a')] } });
    await settle();
    change({ phase: { kind: 'idle', reason: 'left' } });
    expect(support.getSnapshot().alerts).toEqual([]);
  });
});
