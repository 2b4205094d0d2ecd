import type { ChatMessage, ErrorCode, HeldMessage } from '@haven/protocol';

/**
 * A message the server has not confirmed yet. `pending`: waiting to be sent or in flight (it is
 * sent again after a reconnect). `failed`: refused or unanswered; shown with a retry control.
 * `held`: stored, but a watched word keeps it for a moderator; only its sender sees it waiting.
 * `declined`: a moderator deleted it while held; its words are gone, a notice stays until dismissed.
 */
export type OutboxEntry =
  | { clientMsgId: string; text: string; status: 'pending' }
  | { clientMsgId: string; text: string; status: 'failed'; error: ErrorCode }
  | { clientMsgId: string; text: string; status: 'held'; heldId: string; sentAt: string }
  | { clientMsgId: string; text: ''; status: 'declined' };

export type Outbox = readonly OutboxEntry[];

/** Failures worth trying again by themselves once the connection is back. */
const TRANSIENT: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'TIMEOUT',
  'UNAVAILABLE',
  'RATE_LIMITED',
  'INTERNAL',
  'UNAUTHENTICATED',
]);

export const isTransient = (code: ErrorCode): boolean => TRANSIENT.has(code);

/**
 * 128 random bits, base64url: matches the protocol's Id rule. Uses getRandomValues rather than
 * randomUUID, which browsers only expose on HTTPS and localhost.
 */
export function createClientMsgId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

export const enqueue = (outbox: Outbox, clientMsgId: string, text: string): Outbox => [
  ...outbox,
  { clientMsgId, text, status: 'pending' },
];

const replace = (
  outbox: Outbox,
  clientMsgId: string,
  change: (entry: OutboxEntry) => OutboxEntry,
): Outbox => {
  let changed = false;
  const next = outbox.map((entry) => {
    if (entry.clientMsgId !== clientMsgId) return entry;
    const updated = change(entry);
    if (updated !== entry) changed = true;
    return updated;
  });
  return changed ? next : outbox;
};

/** Only what is still to be sent can fail: a held message is already stored. */
export const markFailed = (outbox: Outbox, clientMsgId: string, error: ErrorCode): Outbox =>
  replace(outbox, clientMsgId, (e) =>
    e.status === 'pending' || e.status === 'failed'
      ? { clientMsgId: e.clientMsgId, text: e.text, status: 'failed', error }
      : e,
  );

export const markPending = (outbox: Outbox, clientMsgId: string): Outbox =>
  replace(outbox, clientMsgId, (e) =>
    e.status === 'failed' ? { clientMsgId: e.clientMsgId, text: e.text, status: 'pending' } : e,
  );

const heldEntry = (held: HeldMessage): OutboxEntry => ({
  clientMsgId: held.clientMsgId,
  text: held.text,
  status: 'held',
  heldId: held.id,
  sentAt: held.sentAt,
});

/** The server kept this message for a moderator: it waits, and is not sent again. */
export const markHeld = (outbox: Outbox, held: HeldMessage): Outbox =>
  replace(outbox, held.clientMsgId, (e) =>
    e.status === 'held' && e.heldId === held.id ? e : heldEntry(held),
  );

/** A moderator deleted a held message: its words go, a notice takes its place. */
export const markDeclined = (outbox: Outbox, clientMsgId: string): Outbox =>
  replace(outbox, clientMsgId, (e) =>
    e.status === 'held' ? { clientMsgId: e.clientMsgId, text: '', status: 'declined' } : e,
  );

/**
 * This person's held messages as the server lists them (on entering, after a reconnect or a
 * reload): each is shown waiting, ordered by when it was sent, before anything still to be sent.
 * One shown waiting when the list was asked for that it no longer has was decided meanwhile:
 * shared ones come back as messages (and `removeConfirmed` drops them), so the others were
 * deleted. One held after the list was asked for is not in it yet, and keeps waiting.
 */
export function adoptHeld(
  outbox: Outbox,
  mine: readonly HeldMessage[],
  waitingWhenAsked: ReadonlySet<string>,
): Outbox {
  const listed = new Map(mine.map((held) => [held.clientMsgId, held]));
  let changed = false;
  const kept: OutboxEntry[] = [];
  for (const entry of outbox) {
    const held = listed.get(entry.clientMsgId);
    listed.delete(entry.clientMsgId);
    let next = entry;
    if (held) next = markHeld([entry], held)[0] ?? entry;
    else if (entry.status === 'held' && waitingWhenAsked.has(entry.clientMsgId))
      next = { clientMsgId: entry.clientMsgId, text: '', status: 'declined' };
    if (next !== entry) changed = true;
    kept.push(next);
  }
  if (listed.size === 0) return changed ? kept : outbox;
  const waiting = [...listed.values()]
    .sort((a, b) => a.sentAt.localeCompare(b.sentAt))
    .map(heldEntry);
  // Waiting ones were sent before anything still queued: they go first.
  const firstQueued = kept.findIndex((e) => e.status === 'pending' || e.status === 'failed');
  const at = firstQueued === -1 ? kept.length : firstQueued;
  return [...kept.slice(0, at), ...waiting, ...kept.slice(at)];
}

/** After a reconnect, what failed for a passing reason is queued again. */
export const requeueTransient = (outbox: Outbox): Outbox =>
  outbox.reduce<Outbox>(
    (acc, e) =>
      e.status === 'failed' && isTransient(e.error) ? markPending(acc, e.clientMsgId) : acc,
    outbox,
  );

export const removeEntry = (outbox: Outbox, clientMsgId: string): Outbox =>
  outbox.some((e) => e.clientMsgId === clientMsgId)
    ? outbox.filter((e) => e.clientMsgId !== clientMsgId)
    : outbox;

/**
 * Drops entries the server has stored: their message came back in an ack, a broadcast or a
 * catch-up page (an ack lost to a dropped connection is recovered this way).
 */
export function removeConfirmed(outbox: Outbox, messages: readonly ChatMessage[]): Outbox {
  if (outbox.length === 0 || messages.length === 0) return outbox;
  const confirmed = new Set(messages.map((m) => m.clientMsgId));
  return outbox.some((e) => confirmed.has(e.clientMsgId))
    ? outbox.filter((e) => !confirmed.has(e.clientMsgId))
    : outbox;
}

export const nextPending = (outbox: Outbox): OutboxEntry | undefined =>
  outbox.find((e) => e.status === 'pending');
