import type { SupportAlert } from '@haven/protocol';

/**
 * Adds or updates calls for support by id, oldest first. A call once taken on stays taken on: a
 * list read before the acknowledgement (a slow reply) must not make it look unanswered again.
 * Returns `shown` itself when nothing changed.
 */
export function mergeAlerts(
  shown: readonly SupportAlert[],
  incoming: readonly SupportAlert[],
): readonly SupportAlert[] {
  const byId = new Map(shown.map((alert) => [alert.id, alert]));
  let changed = false;
  for (const alert of incoming) {
    const known = byId.get(alert.id);
    if (known && (alert.acknowledged === null || sameAlert(known, alert))) continue;
    byId.set(alert.id, alert);
    changed = true;
  }
  if (!changed) return shown;
  return [...byId.values()].sort((a, b) => a.raisedAt.localeCompare(b.raisedAt));
}

const sameAlert = (a: SupportAlert, b: SupportAlert): boolean =>
  a.acknowledged?.by === b.acknowledged?.by && a.acknowledged?.at === b.acknowledged?.at;

/** Calls in `incoming` nobody has taken on yet that `shown` did not know: to announce. */
export function newCalls(
  shown: readonly SupportAlert[],
  incoming: readonly SupportAlert[],
): SupportAlert[] {
  const known = new Set(shown.map((alert) => alert.id));
  return incoming.filter((alert) => alert.acknowledged === null && !known.has(alert.id));
}

export const unanswered = (alerts: readonly SupportAlert[]): number =>
  alerts.filter((alert) => alert.acknowledged === null).length;
