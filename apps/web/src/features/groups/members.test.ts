import { describe, expect, it } from 'vitest';
import { answerRequest, countMembers, sortMembers, type Member } from './members';

const amal: Member = { participantId: 'p1', displayName: 'Amal', status: 'admitted' };
const omar: Member = { participantId: 'p2', displayName: 'Omar', status: 'requested' };
const dana: Member = { participantId: 'p3', displayName: 'Dana', status: 'admitted' };

describe('members', () => {
  it('lists those waiting first, then by name', () => {
    expect(sortMembers([dana, amal, omar])).toEqual([omar, amal, dana]);
  });

  it('counts members and requests', () => {
    expect(countMembers([amal, omar, dana])).toEqual({ admitted: 2, waiting: 1 });
  });

  it('applies an answer to a request', () => {
    expect(answerRequest([amal, omar], 'p2', 'approve')).toEqual([
      amal,
      { ...omar, status: 'admitted' },
    ]);
    expect(answerRequest([amal, omar], 'p2', 'decline')).toEqual([amal]);
  });
});
