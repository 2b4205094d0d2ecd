/**
 * What a ban holds. Bans need no account: they name the device-bound participant (the identity
 * a device token proves), so a new connection, a reload or the invite link again changes nothing.
 */
export interface Ban {
  /** Null: the whole group — every session of it, and joining it again. */
  sessionId: string | null;
  /** Set when a facilitator lifted it; a lifted ban keeps nobody out. */
  liftedAt: string | null;
}

/**
 * Whether a ban keeps its participant out of a session of its group (`sessionId`), or out of the
 * group itself (null: joining by invite). A session ban holds only for its session.
 */
export function keepsOut(ban: Ban, sessionId: string | null): boolean {
  if (ban.liftedAt !== null) return false;
  return ban.sessionId === null || ban.sessionId === sessionId;
}

/** The ban that keeps someone out, among all of theirs in one group; null when none does. */
export function banKeepingOut<B extends Ban>(
  bans: readonly B[],
  sessionId: string | null,
): B | null {
  return bans.find((ban) => keepsOut(ban, sessionId)) ?? null;
}
