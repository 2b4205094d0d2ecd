import { describe, expect, it } from 'vitest';
import type { Report } from '@haven/protocol';
import { fakeRoomLink, settle } from '../../test-support/fake-room-link';
import { bindReports } from './report-binding';

const report = (id: string, outcome: 'warned' | null = null): Report => ({
  id,
  sessionId: 's1',
  reporter: { id: 'p-amal', name: 'Amal' },
  subject: { id: 'p-bohdan', name: 'Bohdan' },
  seq: null,
  messageText: null,
  reason: '',
  createdAt: `2026-11-26T10:0${id.charCodeAt(0) - 97}:00.000Z`,
  resolution: outcome
    ? { outcome, by: { id: 'me', name: 'Mo' }, at: '2026-11-26T11:00:00.000Z' }
    : null,
});

describe('bindReports, for a participant', () => {
  it('sends a report with its reason trimmed, and keeps no list', async () => {
    const link = fakeRoomLink('participant');
    const reports = bindReports(link.controller);
    expect(link.sent).toEqual([]);
    const made = reports.report({ kind: 'message', seq: 3 }, '  It hurt. ');
    expect(link.sent[0]).toMatchObject({
      event: 'report:create',
      payload: { target: { kind: 'message', seq: 3 }, reason: 'It hurt.' },
    });
    link.sent[0]!.answer({ ok: true, data: { reportId: 'r1' } });
    expect(await made).toEqual({ ok: true });

    const again = reports.report({ kind: 'person', participantId: 'p-b' }, '');
    link.sent[1]!.answer({ ok: false, error: { code: 'RATE_LIMITED', message: 'many' } });
    expect(await again).toEqual({ ok: false, code: 'RATE_LIMITED' });
  });
});

describe('bindReports, for a moderator', () => {
  it('reads the reports on entering, then follows them, announcing each new one', async () => {
    const link = fakeRoomLink();
    const reports = bindReports(link.controller);
    expect(link.sent.map((s) => s.event)).toEqual(['report:list']);
    link.sent[0]!.answer({ ok: true, data: { reports: [report('a')] } });
    await settle();
    expect(reports.getSnapshot().arrived).toBeNull();
    link.emit('report:changed', report('b'));
    expect(reports.getSnapshot().reports.map((r) => r.id)).toEqual(['a', 'b']);
    expect(reports.getSnapshot().arrived?.value.id).toBe('b');
    const serial = reports.getSnapshot().arrived?.serial;
    link.emit('report:changed', report('b', 'warned'));
    expect(reports.getSnapshot().reports[1]?.resolution?.outcome).toBe('warned');
    expect(reports.getSnapshot().arrived?.serial).toBe(serial);
  });

  it('records the action taken, and says why when it could not', async () => {
    const link = fakeRoomLink();
    const reports = bindReports(link.controller);
    link.sent[0]!.answer({ ok: true, data: { reports: [report('a')] } });
    await settle();
    const refused = reports.resolve('a', 'warned');
    expect(link.sent[1]).toMatchObject({
      event: 'report:resolve',
      payload: { reportId: 'a', outcome: 'warned' },
    });
    link.sent[1]!.answer({ ok: false, error: { code: 'FORBIDDEN', message: 'no' } });
    expect(await refused).toBe(false);
    expect(reports.getSnapshot().refused?.value).toBe('FORBIDDEN');
    const recorded = reports.resolve('a', 'warned');
    link.sent[2]!.answer({ ok: true, data: report('a', 'warned') });
    expect(await recorded).toBe(true);
    expect(reports.getSnapshot().reports[0]?.resolution?.outcome).toBe('warned');
    expect(reports.getSnapshot().refused).toBeNull();
    link.change({ phase: { kind: 'idle', reason: 'left' } });
    expect(reports.getSnapshot().reports).toEqual([]);
  });
});

describe('bindReports, after a dropped link', () => {
  it('reads the reports again on rejoining, and sums up the ones that came meanwhile', async () => {
    const link = fakeRoomLink();
    const reports = bindReports(link.controller);
    link.sent[0]!.answer({ ok: true, data: { reports: [report('a')] } });
    await settle();
    expect(reports.getSnapshot().missed).toBeNull();

    link.change({ live: false });
    link.change({ live: true });
    expect(link.sent.map((s) => s.event)).toEqual(['report:list', 'report:list']);
    link.sent[1]!.answer({
      ok: true,
      data: { reports: [report('a', 'warned'), report('b'), report('c')] },
    });
    await settle();
    expect(reports.getSnapshot().reports.map((r) => r.id)).toEqual(['a', 'b', 'c']);
    expect(reports.getSnapshot().reports[0]?.resolution?.outcome).toBe('warned');
    expect(reports.getSnapshot().missed?.value).toBe(2);
    // Nothing new on the next rejoin: nothing more to say.
    const serial = reports.getSnapshot().missed?.serial;
    link.change({ live: false });
    link.change({ live: true });
    link.sent[2]!.answer({ ok: true, data: { reports: [report('a'), report('b'), report('c')] } });
    await settle();
    expect(reports.getSnapshot().missed?.serial).toBe(serial);
  });
});
