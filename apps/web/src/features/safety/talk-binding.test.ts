import { describe, expect, it } from 'vitest';
import type { PrivateTalk, TalkMessage } from '@haven/protocol';
import { fakeRoomLink, settle } from '../../test-support/fake-room-link';
import { bindTalks } from './talk-binding';

const MO = { id: 'me', name: 'Mo' };
const SAM = { id: 'm-sam', name: 'Sam' };

const talk = (extra: Partial<PrivateTalk> = {}): PrivateTalk => ({
  id: 't1',
  participantId: 'p-amal',
  displayName: 'Amal',
  openedAt: '2026-11-26T10:00:00.000Z',
  moderators: [MO],
  closedAt: null,
  ...extra,
});

const said = (id: string, senderId: string, kind: 'text' | 'resources' = 'text'): TalkMessage => ({
  id,
  talkId: 't1',
  senderId,
  senderName: senderId === 'me' ? 'Mo' : 'Amal',
  clientMsgId: `c-${id}`,
  kind,
  text: kind === 'text' ? `text ${id}` : '',
  sentAt: `2026-11-26T10:00:0${id.charCodeAt(0) - 97}.000Z`,
});

function setup(role: 'participant' | 'moderator' = 'moderator') {
  const link = fakeRoomLink(role);
  let ids = 0;
  return { ...link, talks: bindTalks(link.controller, () => `out${++ids}`) };
}

const events = (sent: { event: string }[]) => sent.map((s) => s.event);

describe('bindTalks, for a moderator', () => {
  it('opens a check-in, reads what was said in it, and takes the moderator there', async () => {
    const { talks, sent } = setup();
    expect(events(sent)).toEqual(['talk:list']);
    sent[0]!.answer({ ok: true, data: { talks: [] } });
    await settle();

    const opened = talks.open('p-amal');
    expect(sent[1]).toMatchObject({ event: 'talk:open', payload: { participantId: 'p-amal' } });
    sent[1]!.answer({ ok: true, data: talk() });
    expect(await opened).toBe(true);
    expect(talks.getSnapshot().talks.map((t) => t.id)).toEqual(['t1']);
    expect(talks.getSnapshot().focus?.value).toBe('t1');
    expect(sent[2]).toMatchObject({ event: 'talk:history', payload: { talkId: 't1' } });
    sent[2]!.answer({ ok: true, data: { messages: [said('a', 'me')] } });
    await settle();
    expect(talks.getSnapshot().messages.t1?.map((m) => m.id)).toEqual(['a']);
  });

  it('sees a co-moderator’s check-in without reading it, until joining', async () => {
    const { talks, sent, emit } = setup();
    sent[0]!.answer({ ok: true, data: { talks: [talk({ moderators: [SAM] })] } });
    await settle();
    expect(events(sent)).toEqual(['talk:list']);
    expect(talks.getSnapshot().messages).toEqual({});

    const joined = talks.join('t1');
    expect(sent[1]).toMatchObject({ event: 'talk:join', payload: { talkId: 't1' } });
    // The broadcast of the join may come before the reply: the history is read once.
    emit('talk:changed', talk({ moderators: [SAM, MO] }));
    sent[1]!.answer({ ok: true, data: talk({ moderators: [SAM, MO] }) });
    expect(await joined).toBe(true);
    expect(events(sent)).toEqual(['talk:list', 'talk:join', 'talk:history']);
  });

  it('announces a message from the participant, not its own', async () => {
    const { talks, sent, emit } = setup();
    sent[0]!.answer({ ok: true, data: { talks: [talk()] } });
    await settle();
    sent[1]!.answer({ ok: true, data: { messages: [] } });
    await settle();
    emit('talk:message', said('a', 'me'));
    expect(talks.getSnapshot().arrived).toBeNull();
    emit('talk:message', said('b', 'p-amal'));
    expect(talks.getSnapshot().arrived?.value.id).toBe('b');
    const serial = talks.getSnapshot().arrived?.serial;
    emit('talk:message', said('b', 'p-amal'));
    expect(talks.getSnapshot().arrived?.serial).toBe(serial);
    expect(talks.getSnapshot().messages.t1?.map((m) => m.id)).toEqual(['a', 'b']);
  });

  it('sends a failed text again under the same id, and shares resources', async () => {
    const { talks, sent } = setup();
    sent[0]!.answer({ ok: true, data: { talks: [] } });
    await settle();
    const first = talks.send('t1', 'How are you?');
    sent[1]!.answer({ ok: false, error: { code: 'TIMEOUT', message: 'slow' } });
    expect(await first).toBe(false);
    expect(talks.getSnapshot().refused?.value).toBe('TIMEOUT');
    const again = talks.send('t1', 'How are you?');
    expect(sent[2]?.payload).toEqual({ talkId: 't1', clientMsgId: 'out1', text: 'How are you?' });
    sent[2]!.answer({ ok: true, data: { message: said('a', 'me') } });
    expect(await again).toBe(true);
    expect(talks.getSnapshot().refused).toBeNull();

    const shared = talks.shareResources('t1');
    expect(sent[3]).toMatchObject({
      event: 'talk:share-resources',
      payload: { talkId: 't1', clientMsgId: 'out2' },
    });
    sent[3]!.answer({ ok: true, data: { message: said('b', 'me', 'resources') } });
    expect(await shared).toBe(true);
    expect(talks.getSnapshot().messages.t1?.map((m) => m.kind)).toEqual(['text', 'resources']);
  });

  it('ends a check-in, and forgets everything on leaving', async () => {
    const { talks, sent, change } = setup();
    sent[0]!.answer({ ok: true, data: { talks: [talk()] } });
    await settle();
    const closed = talks.close('t1');
    const end = sent.find((s) => s.event === 'talk:close');
    end!.answer({ ok: true, data: talk({ closedAt: '2026-11-26T10:30:00.000Z' }) });
    expect(await closed).toBe(true);
    expect(talks.getSnapshot().talks[0]?.closedAt).not.toBeNull();
    change({ phase: { kind: 'idle', reason: 'left' } });
    expect(talks.getSnapshot().talks).toEqual([]);
  });
});

describe('bindTalks, for a participant', () => {
  it('opens when a moderator checks in, announcing it once, and reads its messages', async () => {
    const { talks, sent, emit } = setup('participant');
    sent[0]!.answer({ ok: true, data: { talks: [] } });
    await settle();
    const mine = talk({ participantId: 'me', displayName: 'Mo', moderators: [SAM] });
    emit('talk:changed', mine);
    expect(talks.getSnapshot().opened?.value.id).toBe('t1');
    expect(sent[1]).toMatchObject({ event: 'talk:history', payload: { talkId: 't1' } });
    const serial = talks.getSnapshot().opened?.serial;
    emit('talk:changed', { ...mine, moderators: [SAM, { id: 'm2', name: 'Farah' }] });
    expect(talks.getSnapshot().opened?.serial).toBe(serial);
  });

  it('finds the open check-in again after a reconnect, and reads what was said meanwhile', async () => {
    const { talks, sent, change } = setup('participant');
    const mine = talk({ participantId: 'me', displayName: 'Mo', moderators: [SAM] });
    sent[0]!.answer({ ok: true, data: { talks: [mine] } });
    await settle();
    sent[1]!.answer({ ok: true, data: { messages: [said('a', 'm-sam')] } });
    await settle();
    change({ live: false });
    change({ live: true });
    expect(events(sent).slice(2)).toEqual(['talk:list']);
    sent[2]!.answer({ ok: true, data: { talks: [mine] } });
    await settle();
    expect(sent[3]).toMatchObject({ event: 'talk:history', payload: { talkId: 't1' } });
    sent[3]!.answer({ ok: true, data: { messages: [said('a', 'm-sam'), said('b', 'm-sam')] } });
    await settle();
    expect(talks.getSnapshot().messages.t1?.map((m) => m.id)).toEqual(['a', 'b']);
  });

  it('reads an ended check-in again after a reconnect only if it was open when last read', async () => {
    const { sent, change } = setup('participant');
    const ENDED = '2026-11-26T10:30:00.000Z';
    const open = talk({ participantId: 'me', displayName: 'Mo', moderators: [SAM] });
    const ended = { ...open, closedAt: ENDED };
    const older = { ...ended, id: 't0', openedAt: '2026-11-26T09:00:00.000Z' };
    sent[0]!.answer({ ok: true, data: { talks: [older, open] } });
    await settle();
    expect(events(sent)).toEqual(['talk:list', 'talk:history', 'talk:history']);
    for (const s of sent.slice(1)) s.answer({ ok: true, data: { messages: [] } });
    await settle();

    // Ended while the link was down: what was said before its end is read once more.
    change({ live: false });
    change({ live: true });
    sent[3]!.answer({ ok: true, data: { talks: [older, ended] } });
    await settle();
    expect(sent.slice(4).map((s) => s.payload)).toEqual([{ talkId: 't1' }]);
    sent[4]!.answer({ ok: true, data: { messages: [] } });
    await settle();

    // Both were read after they ended: nothing to read on the next rejoin.
    change({ live: false });
    change({ live: true });
    sent[5]!.answer({ ok: true, data: { talks: [older, ended] } });
    await settle();
    expect(events(sent).slice(5)).toEqual(['talk:list']);
  });
});
