import { describe, it, expect } from 'vitest';
import { can, type Actor, type ManagementAction, type Role, type RoomAction } from './policy';

const roles: Role[] = ['participant', 'moderator', 'facilitator'];

const actor = (role: Role, inRoom = true): Actor => ({ id: `${role}-1`, role, inRoom });
/** Someone else, so the self rule does not interfere with the rank rule. */
const other = (role: Role) => ({ ownerId: `other-${role}`, role });

describe('can', () => {
  // Targeted actions are aimed at another participant here; rank is covered separately below.
  const expected: Record<Role, Record<RoomAction, boolean>> = {
    participant: {
      'chat:send': true,
      'chat:read': true,
      'chat:delete-any': false,
      'participant:mute': false,
      'participant:remove': false,
      'room:mute-all': false,
      'room:control': false,
      'hand:raise': true,
      'hand:manage': false,
      'modchat:use': false,
      'support:request': true,
      'support:respond': false,
      'session:end': false,
    },
    moderator: {
      'chat:send': true,
      'chat:read': true,
      'chat:delete-any': true,
      'participant:mute': true,
      'participant:remove': true,
      'room:mute-all': true,
      'room:control': true,
      'hand:raise': true,
      'hand:manage': true,
      'modchat:use': true,
      'support:request': false,
      'support:respond': true,
      'session:end': true,
    },
    facilitator: {
      'chat:send': true,
      'chat:read': true,
      'chat:delete-any': true,
      'participant:mute': true,
      'participant:remove': true,
      'room:mute-all': true,
      'room:control': true,
      'hand:raise': true,
      'hand:manage': true,
      'modchat:use': true,
      'support:request': false,
      'support:respond': true,
      'session:end': true,
    },
  };
  // Every room action, taken from the table so a new action cannot be left out of the tests.
  const actions = Object.keys(expected.participant) as RoomAction[];

  describe.each(roles)('a %s in the room', (role) => {
    it.each(actions)(`%s`, (action) => {
      expect(can(actor(role), action, other('participant'))).toBe(expected[role][action]);
    });
  });

  describe.each(roles)('a %s not in the room', (role) => {
    it.each(actions)('is denied %s', (action) => {
      expect(can(actor(role, false), action, other('participant'))).toBe(false);
      expect(can(actor(role, false), action)).toBe(false);
    });
  });

  describe.each(['participant:mute', 'participant:remove'] as const)('%s', (action) => {
    it.each([
      ['moderator', 'participant', true],
      ['moderator', 'moderator', false],
      ['moderator', 'facilitator', false],
      ['facilitator', 'participant', true],
      ['facilitator', 'moderator', true],
      ['facilitator', 'facilitator', false],
      ['participant', 'participant', false],
    ] as const)('a %s acting on a %s: %s', (actorRole, targetRole, allowed) => {
      expect(can(actor(actorRole), action, other(targetRole))).toBe(allowed);
    });

    it.each(['moderator', 'facilitator'] as const)(
      'a %s cannot act on themselves, even described as a lower rank',
      (role) => {
        const me = actor(role);
        expect(can(me, action, { ownerId: me.id, role: 'participant' })).toBe(false);
      },
    );
  });
});

describe('management', () => {
  const manager = (role: Role | null, isAdmin = false): Actor => ({ id: 'x', role, isAdmin });
  const table: [ManagementAction, Role | null, boolean, boolean][] = [
    // action, role there, admin?, allowed
    ['group:create', 'facilitator', false, true],
    ['group:create', 'moderator', false, false],
    ['group:create', null, false, false],
    ['group:create', null, true, true],
    ['staff:invite', 'facilitator', false, true],
    ['staff:invite', 'moderator', false, false],
    ['group:edit', 'facilitator', false, true],
    ['group:edit', 'moderator', false, false],
    ['group:edit', 'participant', false, false],
    ['group:edit', null, true, true],
    ['group:view', 'moderator', false, true],
    ['group:view', 'facilitator', false, true],
    ['group:view', 'participant', false, false],
    ['group:view', null, false, false],
    ['staff:reset-password', 'facilitator', false, false],
    ['staff:reset-password', null, true, true],
    ['platform:edit', 'facilitator', false, false],
    ['platform:edit', null, true, true],
  ];
  it.each(table)('%s by %s (admin: %s): %s', (action, role, isAdmin, allowed) => {
    expect(can(manager(role, isAdmin), action)).toBe(allowed);
  });

  it('never lets room actions through outside a room, whatever the role', () => {
    expect(can({ id: 'x', role: 'facilitator', isAdmin: true }, 'chat:send')).toBe(false);
    expect(can({ id: 'x', role: null, inRoom: true }, 'chat:send')).toBe(false);
  });
});
