import { describe, it, expect } from 'vitest';
import { can, type Action, type Actor, type Role } from './policy';

const roles: Role[] = ['participant', 'moderator', 'facilitator'];
const actions: Action[] = [
  'chat:send',
  'chat:read',
  'chat:delete-any',
  'participant:mute',
  'participant:remove',
  'session:end',
];

const actor = (role: Role, inRoom = true): Actor => ({ id: `${role}-1`, role, inRoom });
/** Someone else, so the self rule does not interfere with the rank rule. */
const other = (role: Role) => ({ ownerId: `other-${role}`, role });

describe('can', () => {
  // Targeted actions are aimed at another participant here; rank is covered separately below.
  const expected: Record<Role, Record<Action, boolean>> = {
    participant: {
      'chat:send': true,
      'chat:read': true,
      'chat:delete-any': false,
      'participant:mute': false,
      'participant:remove': false,
      'session:end': false,
    },
    moderator: {
      'chat:send': true,
      'chat:read': true,
      'chat:delete-any': true,
      'participant:mute': true,
      'participant:remove': true,
      'session:end': true,
    },
    facilitator: {
      'chat:send': true,
      'chat:read': true,
      'chat:delete-any': true,
      'participant:mute': true,
      'participant:remove': true,
      'session:end': true,
    },
  };

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
