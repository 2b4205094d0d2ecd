import { describe, expect, it } from 'vitest';
import type { ModChatMessage } from '@haven/protocol';
import { fakeRoomLink, settle } from '../../test-support/fake-room-link';
import { bindModChat } from './mod-chat-binding';

const note = (id: string, senderId = 'other'): ModChatMessage => ({
  id,
  senderId,
  senderName: senderId === 'me' ? 'Mo' : 'Farah',
  clientMsgId: `c-${id}`,
  text: `text ${id}`,
  sentAt: '2026-11-26T10:00:00.000Z',
});

function setup(role: 'participant' | 'moderator' = 'moderator') {
  const link = fakeRoomLink(role);
  let n = 0;
  return { ...link, modChat: bindModChat(link.controller, () => `cm${++n}`) };
}

describe('bindModChat', () => {
  it('reads the channel on entering, then follows it, announcing only other moderators', async () => {
    const { modChat, sent, emit } = setup();
    expect(sent.map((s) => s.event)).toEqual(['modchat:history']);
    emit('modchat:message', note('b'));
    sent[0]!.answer({ ok: true, data: { messages: [note('a'), note('b')] } });
    await settle();
    expect(modChat.getSnapshot().messages.map((m) => m.id)).toEqual(['a', 'b']);
    expect(modChat.getSnapshot().arrived?.value.id).toBe('b');

    emit('modchat:message', note('c', 'me'));
    expect(modChat.getSnapshot().messages.map((m) => m.id)).toEqual(['a', 'b', 'c']);
    expect(modChat.getSnapshot().arrived?.value.id).toBe('b');
  });

  it('says so when the channel could not be read', async () => {
    const { modChat, sent } = setup();
    sent[0]!.answer({ ok: false, error: { code: 'TIMEOUT', message: 'slow' } });
    await settle();
    expect(modChat.getSnapshot().refused?.value).toBe('TIMEOUT');
  });

  it('reads it again after a rejoin, keeping what it had', async () => {
    const { modChat, sent, change } = setup();
    sent[0]!.answer({ ok: true, data: { messages: [note('a')] } });
    await settle();
    change({ live: false });
    change({ live: true });
    expect(sent.map((s) => s.event)).toEqual(['modchat:history', 'modchat:history']);
    sent[1]!.answer({ ok: true, data: { messages: [note('a'), note('b')] } });
    await settle();
    expect(modChat.getSnapshot().messages.map((m) => m.id)).toEqual(['a', 'b']);
  });

  it('sends a failed text again under the same id, so it is never stored twice', async () => {
    const { modChat, sent } = setup();
    const first = modChat.send('I take the lobby');
    sent[1]!.answer({ ok: false, error: { code: 'UNAVAILABLE', message: 'down' } });
    expect(await first).toBe(false);
    expect(modChat.getSnapshot().refused?.value).toBe('UNAVAILABLE');

    const again = modChat.send('I take the lobby');
    expect(sent[2]!.payload).toEqual(sent[1]!.payload);
    sent[2]!.answer({ ok: true, data: { message: note('x', 'me') } });
    expect(await again).toBe(true);
    expect(modChat.getSnapshot().messages.map((m) => m.id)).toEqual(['x']);
    expect(modChat.getSnapshot().refused).toBeNull();

    void modChat.send('Something else');
    expect(sent[3]!.payload).toMatchObject({ clientMsgId: 'cm2', text: 'Something else' });
  });

  it('does nothing for participants, and forgets the channel when the moderator leaves', async () => {
    expect(setup('participant').sent).toEqual([]);
    const { modChat, sent, change } = setup();
    sent[0]!.answer({ ok: true, data: { messages: [note('a')] } });
    await settle();
    change({ phase: { kind: 'idle', reason: 'left' } });
    expect(modChat.getSnapshot().messages).toEqual([]);
  });
});
