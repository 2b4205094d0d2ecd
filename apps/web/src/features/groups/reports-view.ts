import type { Report, ReportOutcome } from '@haven/protocol';

/** A report as the page shows it: what was reported, and what was done about it. */
export type ReportEntry = {
  id: string;
  at: string;
  reporter: string;
  subject: string;
  /** Empty reasons are left out: the page says none was given rather than show a blank. */
  reason: string | null;
  action: { outcome: ReportOutcome; by: string; at: string } | null;
} & (
  | { kind: 'person' }
  /** `text` is null if the server kept no text for it (never expected, but not shown as blank). */
  | { kind: 'message'; text: string | null }
);

export function reportEntry(report: Report): ReportEntry {
  const reason = report.reason.trim();
  const common = {
    id: report.id,
    at: report.createdAt,
    reporter: report.reporter.name,
    subject: report.subject.name,
    reason: reason === '' ? null : reason,
    action: report.resolution && {
      outcome: report.resolution.outcome,
      by: report.resolution.by.name,
      at: report.resolution.at,
    },
  };
  return report.seq === null
    ? { ...common, kind: 'person' }
    : { ...common, kind: 'message', text: report.messageText };
}

/** How many reports there are, and how many still have no action recorded. */
export function reportCounts(reports: readonly Report[]): { total: number; open: number } {
  return {
    total: reports.length,
    open: reports.filter((r) => r.resolution === null).length,
  };
}
