import type { MuteKind } from '@haven/protocol';

/** The moderator actions the server records, each with a label of its own. */
export const AUDIT_ACTIONS = [
  'mute',
  'unmute',
  'ask-unmute',
  'mute-all',
  'unmute-all',
  'remove',
  'warn',
  'timeout',
  'lower-hand',
  'lower-all-hands',
  'move-to-front',
  'grant-turn',
  'end-turn',
  'lock',
  'unlock',
  'pause',
  'resume',
  'slow-mode',
  'end-session',
  'delete-message',
  'admit',
  'deny',
  'allow-knock',
  'lobby-message',
  'support-request',
  'support-acknowledge',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** A label for a known action; null for one this app does not know yet (shown as it is). */
export const knownAction = (action: string): AuditAction | null =>
  (AUDIT_ACTIONS as readonly string[]).includes(action) ? (action as AuditAction) : null;

/** One piece of an entry's detail, to be put in words in the reader's language. */
export type DetailPart =
  | { kind: 'media'; value: MuteKind }
  | { kind: 'duration'; seconds: number }
  | { kind: 'scope'; value: 'session' | 'group' }
  | { kind: 'invite-revoked' };

type Detail = Record<string, string | number | boolean> | null;

const MUTE_KINDS: readonly string[] = ['audio', 'video', 'chat'];

/**
 * The parts of an entry's detail worth showing. A message's seq is left out: the log says a
 * message was removed, never which words; anything unknown is left out rather than guessed.
 */
export function auditDetail(detail: Detail): DetailPart[] {
  if (!detail) return [];
  const parts: DetailPart[] = [];
  const { kind, seconds, minutes, scope, inviteRevoked } = detail;
  if (typeof kind === 'string' && MUTE_KINDS.includes(kind))
    parts.push({ kind: 'media', value: kind as MuteKind });
  if (typeof seconds === 'number') parts.push({ kind: 'duration', seconds });
  if (typeof minutes === 'number') parts.push({ kind: 'duration', seconds: minutes * 60 });
  if (scope === 'session' || scope === 'group') parts.push({ kind: 'scope', value: scope });
  if (inviteRevoked === true) parts.push({ kind: 'invite-revoked' });
  return parts;
}
