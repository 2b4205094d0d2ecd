import type { Role } from '@haven/protocol';

export type { Role };

/** Everything a person can try to do. New capabilities add actions here first. */
export type Action =
  | 'chat:send'
  | 'chat:read'
  | 'chat:delete-any'
  | 'participant:mute'
  | 'participant:remove'
  | 'session:end';

export interface Actor {
  id: string;
  role: Role;
  /** Only people who are in the room (present) may act in it. */
  inRoom: boolean;
}

/** What the action is aimed at, where that matters (whose message, which person). */
export interface Target {
  ownerId?: string;
  role?: Role;
}

const RANK: Record<Role, number> = { participant: 0, moderator: 1, facilitator: 2 };

const isStaff = (role: Role): boolean => role !== 'participant';

/**
 * The one permission policy. The server enforces it on every event; the web app uses it only
 * to hide controls a person cannot use.
 */
export function can(actor: Actor, action: Action, target: Target = {}): boolean {
  if (!actor.inRoom) return false;
  switch (action) {
    case 'chat:send':
    case 'chat:read':
      return true;
    case 'chat:delete-any':
    case 'session:end':
      return isStaff(actor.role);
    case 'participant:mute':
    case 'participant:remove':
      // Staff act on people of lower rank, never on themselves or a peer above them.
      return (
        isStaff(actor.role) &&
        target.ownerId !== actor.id &&
        RANK[actor.role] > RANK[target.role ?? 'participant']
      );
  }
}
