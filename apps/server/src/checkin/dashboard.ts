import {
  answers,
  meanMood,
  moodShown,
  mergeRoster,
  protectRow,
  protectTotals,
  returningAndNew,
  shownMean,
  type MoodTally,
} from '@haven/core';
import { seats } from '@haven/core/schedule';
import type { GroupDashboard, SessionAttendance } from '@haven/protocol';
import type { GroupRecord } from '../store/groups-repo';
import type { Store } from '../store/store';

const DAY_MS = 86_400_000;
const LOOK_BACK_DAYS = 365;

interface RawFigures {
  online: number;
  inPerson: number;
  headcount: number;
  total: number;
  returning: number;
  new: number;
  rsvpGoing: number;
  moodIn: MoodTally;
  moodOut: MoodTally;
}

const noMood = (): MoodTally => ({ counts: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 } });
const addMood = (a: MoodTally, b: MoodTally): MoodTally => ({
  counts: {
    1: a.counts[1] + b.counts[1],
    2: a.counts[2] + b.counts[2],
    3: a.counts[3] + b.counts[3],
    4: a.counts[4] + b.counts[4],
    5: a.counts[5] + b.counts[5],
  },
});

/** Raw numbers never leave this module: every figure is protected on the way out. */
const moods = (f: Pick<RawFigures, 'moodIn' | 'moodOut'>, settled: boolean) => ({
  moodIn: settled ? shownMean(meanMood(f.moodIn), answers(f.moodIn)) : null,
  moodOut: settled ? shownMean(meanMood(f.moodOut), answers(f.moodOut)) : null,
});

/** A group's held sessions of the last year with their attendance, oldest first. */
export async function groupDashboard(
  store: Store,
  group: GroupRecord,
  now: number,
): Promise<GroupDashboard> {
  const held = (
    await store.schedule.between(
      [group.id],
      new Date(now - LOOK_BACK_DAYS * DAY_MS).toISOString(),
      new Date(now).toISOString(),
    )
  ).filter((s) => s.cancelledAt === null);
  const rsvps = await store.schedule.rsvps(held.map((s) => s.id));
  const perSession = await Promise.all(
    held.map(async (s) => {
      const [visits, checkIns, headcount, moodIn, moodOut] = await Promise.all([
        store.attendance.visits(s.id),
        store.attendance.checkIns(s.id),
        store.attendance.headcount(s.id),
        store.attendance.moodTally(s.id, 'in'),
        store.attendance.moodTally(s.id, 'out'),
      ]);
      const roster = mergeRoster(visits, checkIns, headcount);
      return { session: s, roster, moodIn, moodOut };
    }),
  );
  const comeback = returningAndNew(
    perSession.map((p) => ({
      id: p.session.id,
      attendees: p.roster.entries.map((e) => e.memberId),
    })),
  );
  const raw = perSession.map((p): RawFigures & { s: (typeof held)[number] } => ({
    s: p.session,
    online: p.roster.online,
    inPerson: p.roster.inPerson,
    headcount: p.roster.headcount,
    total: p.roster.total,
    returning: comeback.get(p.session.id)?.returning ?? 0,
    new: comeback.get(p.session.id)?.new ?? 0,
    rsvpGoing: seats(rsvps.get(p.session.id) ?? [], p.session.capacity ?? group.capacity).going
      .length,
    moodIn: p.moodIn,
    moodOut: p.moodOut,
  }));
  const totals = raw.reduce<RawFigures>(
    (sum, f) => ({
      online: sum.online + f.online,
      inPerson: sum.inPerson + f.inPerson,
      headcount: sum.headcount + f.headcount,
      total: sum.total + f.total,
      returning: sum.returning + f.returning,
      new: sum.new + f.new,
      rsvpGoing: sum.rsvpGoing + f.rsvpGoing,
      moodIn: addMood(sum.moodIn, f.moodIn),
      moodOut: addMood(sum.moodOut, f.moodOut),
    }),
    {
      online: 0,
      inPerson: 0,
      headcount: 0,
      total: 0,
      returning: 0,
      new: 0,
      rsvpGoing: 0,
      moodIn: noMood(),
      moodOut: noMood(),
    },
  );
  const rows = raw.map((f) => protectRow(f));
  const settled = (f: (typeof raw)[number]) =>
    moodShown({ startsAt: Date.parse(f.s.startsAt), durationMin: f.s.durationMin }, now);
  const sessions = raw.map((f, i): SessionAttendance => ({
    sessionId: f.s.id,
    title: f.s.title,
    startsAt: f.s.startsAt,
    ...(rows[i] ?? protectRow(f)),
    ...moods(f, settled(f)),
  }));
  // The mean over all sessions only when no session's own mean is hidden: the difference
  // between two readings would otherwise give a hidden one away.
  const hidden = (tally: MoodTally, shown: number | null) => answers(tally) > 0 && shown === null;
  const allShown = raw.every(
    (f, i) =>
      !hidden(f.moodIn, sessions[i]?.moodIn ?? null) &&
      !hidden(f.moodOut, sessions[i]?.moodOut ?? null),
  );
  return {
    sessions,
    totals: { ...protectTotals(totals, rows), ...moods(totals, allShown) },
  };
}

const CSV_COLUMNS = [
  'date',
  'title',
  'total',
  'online',
  'inPerson',
  'headcount',
  'returning',
  'new',
  'rsvpGoing',
  'moodIn',
  'moodOut',
] as const;

/** RFC 4180: quote every field that needs it; a leading =, +, - or @ cannot start a formula. */
function csvField(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The dashboard's figures as CSV, one row per session and a totals row. */
export function dashboardCsv(dashboard: GroupDashboard): string {
  const rows = [
    CSV_COLUMNS.join(','),
    ...dashboard.sessions.map((s) =>
      [
        s.startsAt,
        s.title,
        s.total,
        s.online,
        s.inPerson,
        s.headcount,
        s.returning,
        s.new,
        s.rsvpGoing,
        s.moodIn,
        s.moodOut,
      ]
        .map(csvField)
        .join(','),
    ),
    [
      'all',
      '',
      dashboard.totals.total,
      dashboard.totals.online,
      dashboard.totals.inPerson,
      dashboard.totals.headcount,
      dashboard.totals.returning,
      dashboard.totals.new,
      dashboard.totals.rsvpGoing,
      dashboard.totals.moodIn,
      dashboard.totals.moodOut,
    ]
      .map(csvField)
      .join(','),
  ];
  return rows.join('\r\n') + '\r\n';
}
