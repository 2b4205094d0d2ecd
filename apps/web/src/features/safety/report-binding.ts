import type { ErrorCode, Report, ReportOutcome, ReportTarget } from '@haven/protocol';
import { createListeners } from '../../services/listeners';
import {
  ACTION_TIMEOUT_MS,
  requestAction,
  type Private,
} from '../moderation/moderation-controller';
import { followStaffLink } from '../moderation/staff-link';
import type { SessionController } from '../room/session-controller';
import { mergeReports } from './reports';

export interface ReportsSnapshot {
  /** Moderators: this session's reports, oldest first; empty for participants. */
  reports: readonly Report[];
  /** Moderators: a report that just came in, to announce once. */
  arrived: Private<Report> | null;
  /** Moderators: how many came in while the link was down, to announce once after a rejoin. */
  missed: Private<number> | null;
  /** Moderators: why the list could not be read or an action could not be recorded. */
  refused: Private<ErrorCode> | null;
}

export type ReportResult = { ok: true } | { ok: false; code: ErrorCode };

export interface ReportBinding {
  subscribe: (listener: () => void) => () => void;
  getSnapshot: () => ReportsSnapshot;
  /** Anyone: tell the moderators about a message or a person. The person is never told. */
  report: (target: ReportTarget, reason: string) => Promise<ReportResult>;
  /** Moderators: close a report with the action taken. */
  resolve: (reportId: string, outcome: ReportOutcome) => Promise<boolean>;
  dispose: () => void;
}

const EMPTY: ReportsSnapshot = { reports: [], arrived: null, missed: null, refused: null };

/**
 * Reports: anyone sends one; the moderators' side reads the session's reports on entering and
 * after every rejoin, then follows `report:changed`.
 */
export function bindReports(
  controller: Pick<SessionController, 'subscribe' | 'getSnapshot' | 'signaling'>,
): ReportBinding {
  let snapshot = EMPTY;
  let serial = 0;
  /** Whether the list was read since entering: only a later read can find what was missed. */
  let listed = false;
  const listeners = createListeners();

  const update = (patch: Partial<ReportsSnapshot>): void => {
    snapshot = { ...snapshot, ...patch };
    listeners.notify();
  };
  const fresh = <T>(value: T): Private<T> => ({ value, serial: ++serial });

  /** `one`: a single new report is announced; `missed`: how many new ones are summed up. */
  const take = (incoming: readonly Report[], announce: 'one' | 'missed' | null): void => {
    const known = new Set(snapshot.reports.map((report) => report.id));
    const reports = mergeReports(snapshot.reports, incoming);
    if (reports === snapshot.reports) return;
    const made = incoming.filter((report) => !known.has(report.id));
    const first = made[0];
    update({
      reports,
      ...(announce === 'one' && first && { arrived: fresh(first) }),
      ...(announce === 'missed' && made.length > 0 && { missed: fresh(made.length) }),
    });
  };

  const link = followStaffLink(controller, {
    attach: (signaling) => signaling.on('report:changed', (report) => take([report], 'one')),
    async resync(signaling) {
      const result = await signaling.request('report:list', {}, { timeoutMs: ACTION_TIMEOUT_MS });
      // `link` is read only after the await: the first resync starts while it is being made.
      if (link.current() !== signaling) return;
      // Said, rather than an empty list that looks like nobody reported; asked again on rejoin.
      if (!result.ok) {
        update({ refused: fresh(result.error.code) });
        return;
      }
      // On entering, the list is simply shown; after a rejoin, what came meanwhile is said.
      take(result.data.reports, listed ? 'missed' : null);
      listed = true;
    },
    reset() {
      listed = false;
      if (snapshot !== EMPTY) update(EMPTY);
    },
  });

  return {
    subscribe: listeners.subscribe,
    getSnapshot: () => snapshot,

    async report(target, reason) {
      const result = await requestAction(controller.signaling(), 'report:create', {
        target,
        reason: reason.trim(),
      });
      return result.ok ? { ok: true } : { ok: false, code: result.error.code };
    },

    async resolve(reportId, outcome) {
      const result = await requestAction(link.current(), 'report:resolve', { reportId, outcome });
      if (!result.ok) {
        update({ refused: fresh(result.error.code) });
        return false;
      }
      take([result.data], null);
      if (snapshot.refused) update({ refused: null });
      return true;
    },

    dispose() {
      link.dispose();
      listeners.clear();
    },
  };
}
