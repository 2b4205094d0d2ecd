import { describe, expect, it } from 'vitest';
import { groupsOf } from './my-groups';

describe('groupsOf', () => {
  it('names each group once, in the order of its first session', () => {
    const sessions = [
      { groupId: 'g2', groupName: 'Carers' },
      { groupId: 'g1', groupName: 'Newcomers' },
      { groupId: 'g2', groupName: 'Carers' },
    ];
    expect(groupsOf(sessions)).toEqual([
      { groupId: 'g2', groupName: 'Carers' },
      { groupId: 'g1', groupName: 'Newcomers' },
    ]);
    expect(groupsOf([])).toEqual([]);
  });
});
