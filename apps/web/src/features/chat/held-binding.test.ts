import { describe, expect, it, vi } from 'vitest';
import type { HeldMessage } from '@haven/protocol';
import { fakeRoomLink, settle } from '../../test-support/fake-room-link';
import { bindHeld } from './held-binding';

const held = (id: string, senderId = 'p-bohdan'): HeldMessage => ({
  id,
  senderId,
  senderName: 'Bohdan',
  clientMsgId: `c-${id}`,
  text: 'you idiots',
  sentAt: `2026-11-26T10:0${id.charCodeAt(0) - 97}:00.000Z`,
});

function setup(role: 'participant' | 'moderator' = 'moderator') {
  const link = fakeRoomLink(role);
  const adoptHeld = vi.fn();
  const binding = bindHeld({ ...link.controller, adoptHeld });
  return { ...link, adoptHeld, binding };
}

describe('bindHeld, for a moderator', () => {
  it('reads the queue on entering, then follows what is held and decided', async () => {
    const { binding, sent, emit } = setup();
    expect(sent.map((s) => s.event)).toEqual(['chat:held']);
    sent[0]!.answer({ ok: true, data: { held: [held('a')] } });
    await settle();
    expect(binding.getSnapshot().held.map((m) => m.id)).toEqual(['a']);
    expect(binding.getSnapshot().missed).toBeNull();

    emit('chat:message-held', held('b'));
    expect(binding.getSnapshot().held.map((m) => m.id)).toEqual(['a', 'b']);
    expect(binding.getSnapshot().arrived?.value.id).toBe('b');
    emit('chat:held-resolved', { id: 'a', clientMsgId: 'c-a', outcome: 'shared' });
    expect(binding.getSnapshot().held.map((m) => m.id)).toEqual(['b']);
  });

  it('shares and deletes, and lets go of one another moderator decided first', async () => {
    const { binding, sent } = setup();
    sent[0]!.answer({ ok: true, data: { held: [held('a'), held('b')] } });
    await settle();

    const shared = binding.share('a');
    expect(sent[1]).toMatchObject({ event: 'chat:share-held', payload: { heldId: 'a' } });
    sent[1]!.answer({ ok: true, data: {} });
    expect(await shared).toBe(true);

    const deleted = binding.remove('b');
    expect(sent[2]).toMatchObject({ event: 'chat:delete-held', payload: { heldId: 'b' } });
    sent[2]!.answer({ ok: false, error: { code: 'NOT_FOUND', message: 'decided' } });
    expect(await deleted).toBe(false);
    expect(binding.getSnapshot().held).toEqual([]);
    expect(binding.getSnapshot().refused?.value).toBe('NOT_FOUND');
  });

  it('keeps a message that could not be shared, and says why', async () => {
    const { binding, sent } = setup();
    sent[0]!.answer({ ok: true, data: { held: [held('a')] } });
    await settle();
    const shared = binding.share('a');
    sent[1]!.answer({ ok: false, error: { code: 'UNAVAILABLE', message: 'busy' } });
    expect(await shared).toBe(false);
    expect(binding.getSnapshot().held.map((m) => m.id)).toEqual(['a']);
    expect(binding.getSnapshot().refused?.value).toBe('UNAVAILABLE');
  });

  it('reads the queue again after a rejoin, and forgets it on leaving', async () => {
    const { binding, sent, change } = setup();
    sent[0]!.answer({ ok: true, data: { held: [held('a')] } });
    await settle();
    change({ live: false });
    change({ live: true });
    sent[1]!.answer({ ok: true, data: { held: [held('b')] } });
    await settle();
    expect(binding.getSnapshot().held.map((m) => m.id)).toEqual(['b']);
    // Held while the link was down: said once, as a count.
    expect(binding.getSnapshot().missed?.value).toBe(1);
    change({ phase: { kind: 'idle', reason: 'left' } });
    expect(binding.getSnapshot().held).toEqual([]);
  });
});

describe('bindHeld, for a participant', () => {
  it('hands their own waiting messages to the outbox, and keeps no queue', async () => {
    const { binding, sent, adoptHeld } = setup('participant');
    expect(sent.map((s) => s.event)).toEqual(['chat:held']);
    const mine = [held('a', 'me')];
    sent[0]!.answer({ ok: true, data: { held: mine } });
    await settle();
    expect(adoptHeld).toHaveBeenCalledWith(mine, new Set());
    expect(binding.getSnapshot().held).toEqual([]);
    expect(binding.getSnapshot().refused).toBeNull();
  });
});

describe('bindHeld, while the chat catches up after a rejoin', () => {
  it('hands the list to the outbox only once catch-up is done', async () => {
    const link = fakeRoomLink('participant');
    let catchingUp = true;
    const adoptHeld = vi.fn();
    const getSnapshot = () => ({ ...link.controller.getSnapshot(), catchingUp });
    bindHeld({ ...link.controller, getSnapshot, adoptHeld });
    link.sent[0]!.answer({ ok: true, data: { held: [] } });
    await settle();
    // A message shared meanwhile may still be on its way in the catch-up: not declined yet.
    expect(adoptHeld).not.toHaveBeenCalled();
    catchingUp = false;
    link.change({});
    expect(adoptHeld).toHaveBeenCalledTimes(1);
    link.change({});
    expect(adoptHeld).toHaveBeenCalledTimes(1);
  });
});
