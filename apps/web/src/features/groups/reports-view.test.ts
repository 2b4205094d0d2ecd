import { describe, expect, it } from 'vitest';
import { Report } from '@haven/protocol';
import { reportCounts, reportEntry } from './reports-view';

const REPORT: Report = {
  id: 'r1',
  sessionId: 's1',
  reporter: { id: 'p1', name: 'Amal' },
  subject: { id: 'p2', name: 'Sami' },
  seq: 7,
  messageText: 'call me on 0790000000',
  reason: '  It is not safe.  ',
  createdAt: '2026-03-03T18:05:00.000Z',
  resolution: {
    outcome: 'message-deleted',
    by: { id: 'st1', name: 'Farah' },
    at: '2026-03-03T18:06:00.000Z',
  },
};

describe('reportEntry', () => {
  it('shows a message report with the message as it was and the action taken', () => {
    expect(Report.parse(REPORT)).toEqual(REPORT);
    expect(reportEntry(REPORT)).toEqual({
      id: 'r1',
      at: '2026-03-03T18:05:00.000Z',
      reporter: 'Amal',
      subject: 'Sami',
      reason: 'It is not safe.',
      kind: 'message',
      text: 'call me on 0790000000',
      action: { outcome: 'message-deleted', by: 'Farah', at: '2026-03-03T18:06:00.000Z' },
    });
  });

  it('shows a report about a person, with no reason given and no action recorded', () => {
    const report: Report = {
      ...REPORT,
      seq: null,
      messageText: null,
      reason: ' ',
      resolution: null,
    };
    expect(reportEntry(report)).toEqual({
      id: 'r1',
      at: '2026-03-03T18:05:00.000Z',
      reporter: 'Amal',
      subject: 'Sami',
      reason: null,
      kind: 'person',
      action: null,
    });
  });
});

describe('reportCounts', () => {
  it('counts the reports and those with no action recorded', () => {
    expect(reportCounts([])).toEqual({ total: 0, open: 0 });
    expect(reportCounts([REPORT, { ...REPORT, id: 'r2', resolution: null }])).toEqual({
      total: 2,
      open: 1,
    });
  });
});
