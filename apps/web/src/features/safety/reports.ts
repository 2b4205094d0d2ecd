import type { Report } from '@haven/protocol';

/**
 * Adds or updates reports by id, oldest first. A report once resolved stays resolved: a list
 * read before the resolution (a slow reply) must not make it look open again. Returns `shown`
 * itself when nothing changed.
 */
export function mergeReports(
  shown: readonly Report[],
  incoming: readonly Report[],
): readonly Report[] {
  const byId = new Map(shown.map((report) => [report.id, report]));
  let changed = false;
  for (const report of incoming) {
    const known = byId.get(report.id);
    if (known && (report.resolution === null || sameResolution(known, report))) continue;
    byId.set(report.id, report);
    changed = true;
  }
  if (!changed) return shown;
  return [...byId.values()].sort(
    (a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id),
  );
}

const sameResolution = (a: Report, b: Report): boolean =>
  a.resolution?.outcome === b.resolution?.outcome && a.resolution?.at === b.resolution?.at;

export const openReports = (reports: readonly Report[]): number =>
  reports.filter((report) => report.resolution === null).length;

/** Open reports first, oldest of them first: the one waiting longest. */
export const forModerators = (reports: readonly Report[]): Report[] => [
  ...reports.filter((report) => report.resolution === null),
  ...reports.filter((report) => report.resolution !== null),
];
