import { describe, expect, it } from 'vitest';
import type { PrivateTalk, TalkMessage } from '@haven/protocol';
import {
  forModerators,
  isMember,
  mergeTalkMessages,
  mergeTalks,
  talkForParticipant,
} from './private-talks';

const FARAH = { id: 'm-farah', name: 'Farah' };
const SAM = { id: 'm-sam', name: 'Sam' };

const talk = (id: string, minute: number, extra: Partial<PrivateTalk> = {}): PrivateTalk => ({
  id,
  participantId: 'p-amal',
  displayName: 'Amal',
  openedAt: `2026-11-26T10:${String(minute).padStart(2, '0')}:00.000Z`,
  moderators: [FARAH],
  closedAt: null,
  ...extra,
});

const said = (id: string, second: number, senderId = 'p-amal'): TalkMessage => ({
  id,
  talkId: 't1',
  senderId,
  senderName: senderId === 'p-amal' ? 'Amal' : 'Farah',
  clientMsgId: `c-${id}`,
  kind: 'text',
  text: `text ${id}`,
  sentAt: `2026-11-26T10:00:${String(second).padStart(2, '0')}.000Z`,
});
const ids = (list: readonly { id: string }[]) => list.map((x) => x.id);

describe('private check-ins', () => {
  it('knows who reads a check-in: the participant and the moderators who joined', () => {
    const t = talk('t1', 0);
    expect(isMember(t, 'p-amal')).toBe(true);
    expect(isMember(t, FARAH.id)).toBe(true);
    expect(isMember(t, SAM.id)).toBe(false);
  });

  it('keeps one entry per check-in, oldest first, and takes its later word', () => {
    const shown = mergeTalks([talk('t2', 5)], [talk('t1', 1)]);
    expect(ids(shown)).toEqual(['t1', 't2']);
    const joined = mergeTalks(shown, [talk('t1', 1, { moderators: [FARAH, SAM] })]);
    expect(joined[0]?.moderators).toEqual([FARAH, SAM]);
    expect(mergeTalks(joined, [talk('t1', 1, { moderators: [FARAH, SAM] })])).toBe(joined);
  });

  it('never undoes a join or an end with a copy read before it', () => {
    const closed = talk('t1', 1, {
      moderators: [FARAH, SAM],
      closedAt: '2026-11-26T11:00:00.000Z',
    });
    const shown = mergeTalks([], [closed]);
    expect(mergeTalks(shown, [talk('t1', 1)])).toBe(shown);
    const joined = mergeTalks([], [talk('t1', 1, { moderators: [FARAH, SAM] })]);
    expect(mergeTalks(joined, [talk('t1', 1)])).toBe(joined);
  });

  it('keeps messages once each, in the order they were written', () => {
    const shown = mergeTalkMessages([said('b', 5)], [said('a', 1), said('b', 5), said('a', 1)]);
    expect(ids(shown)).toEqual(['a', 'b']);
    expect(mergeTalkMessages(shown, [said('b', 5)])).toBe(shown);
  });

  it('shows a participant the open check-in, else the latest one they have not put away', () => {
    const ended = talk('t1', 1, { closedAt: '2026-11-26T10:30:00.000Z' });
    const open = talk('t2', 40);
    expect(talkForParticipant([ended, open], new Set())?.id).toBe('t2');
    expect(talkForParticipant([ended], new Set())?.id).toBe('t1');
    expect(talkForParticipant([ended], new Set(['t1']))).toBeNull();
    expect(talkForParticipant([], new Set())).toBeNull();
  });

  it('lists open check-ins before those that ended, for moderators', () => {
    const ended = talk('t1', 1, { closedAt: '2026-11-26T10:30:00.000Z' });
    expect(ids(forModerators([ended, talk('t2', 40)]))).toEqual(['t2', 't1']);
  });
});
