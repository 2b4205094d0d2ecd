import type { Role } from '@haven/protocol';

export type { Role };

/** Things done inside a live room; only people present in the room may do them. */
export type RoomAction =
  | 'chat:send'
  | 'chat:read'
  | 'chat:delete-any'
  | 'participant:mute'
  | 'participant:remove'
  | 'room:mute-all'
  | 'room:control'
  | 'hand:raise'
  | 'hand:manage'
  | 'modchat:use'
  | 'support:request'
  | 'support:respond'
  | 'session:end';

/** Things done to a group or to accounts, outside any room. */
export type ManagementAction =
  | 'group:create'
  | 'group:view'
  | 'group:edit'
  | 'staff:invite'
  | 'staff:reset-password'
  | 'platform:edit';

export type Action = RoomAction | ManagementAction;

export interface Actor {
  id: string;
  /**
   * The role that applies where the action happens: in a room or group, the person's role
   * there; for account actions, a staff member's account role. Null: no role there at all.
   */
  role: Role | null;
  /** For room actions: whether the person is present in the room. */
  inRoom?: boolean;
  /** Platform administrators may manage every group and account. */
  isAdmin?: boolean;
}

/** What the action is aimed at, where that matters (whose message, which person). */
export interface Target {
  ownerId?: string;
  role?: Role;
}

const RANK: Record<Role, number> = { participant: 0, moderator: 1, facilitator: 2 };

const isStaff = (role: Role | null): boolean => role === 'moderator' || role === 'facilitator';

/**
 * The one permission policy. The server enforces it on every event and route; the web app
 * uses it only to hide controls a person cannot use.
 */
export function can(actor: Actor, action: Action, target: Target = {}): boolean {
  switch (action) {
    case 'chat:send':
    case 'chat:read':
    case 'hand:raise':
      return actor.inRoom === true && actor.role !== null;
    case 'support:request':
      // Staff reach each other through the moderators' channel.
      return actor.inRoom === true && actor.role === 'participant';
    case 'chat:delete-any':
    case 'room:mute-all':
    case 'room:control':
    case 'hand:manage':
    case 'modchat:use':
    case 'support:respond':
    case 'session:end':
      return actor.inRoom === true && isStaff(actor.role);
    case 'participant:mute':
    case 'participant:remove':
      // Staff act on people of lower rank, never on themselves or a peer above them.
      return (
        actor.inRoom === true &&
        actor.role !== null &&
        isStaff(actor.role) &&
        target.ownerId !== actor.id &&
        RANK[actor.role] > RANK[target.role ?? 'participant']
      );
    case 'group:create':
    case 'staff:invite':
    case 'group:edit':
      // Account role for the first two, role in the group for the last.
      return actor.isAdmin === true || actor.role === 'facilitator';
    case 'group:view':
      return actor.isAdmin === true || isStaff(actor.role);
    case 'staff:reset-password':
    case 'platform:edit':
      return actor.isAdmin === true;
  }
}
