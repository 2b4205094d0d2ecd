import type { ChatMessage, ErrorCode } from '@haven/protocol';

/**
 * A message the server has not confirmed yet. `pending`: waiting to be sent or in flight (it is
 * sent again after a reconnect). `failed`: refused or unanswered; shown with a retry control.
 */
export type OutboxEntry =
  | { clientMsgId: string; text: string; status: 'pending' }
  | { clientMsgId: string; text: string; status: 'failed'; error: ErrorCode };

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

export const markFailed = (outbox: Outbox, clientMsgId: string, error: ErrorCode): Outbox =>
  replace(outbox, clientMsgId, (e) => ({
    clientMsgId: e.clientMsgId,
    text: e.text,
    status: 'failed',
    error,
  }));

export const markPending = (outbox: Outbox, clientMsgId: string): Outbox =>
  replace(outbox, clientMsgId, (e) =>
    e.status === 'pending' ? e : { clientMsgId: e.clientMsgId, text: e.text, status: 'pending' },
  );

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
