import { describe, expect, it } from 'vitest';
import { isLastFacilitator, rolesFor, sortGroupStaff } from './group-staff';

const farah = { staffId: 's1', name: 'Farah', role: 'facilitator' as const };
const musa = { staffId: 's2', name: 'Musa', role: 'moderator' as const };
const amina = { staffId: 's3', name: 'Amina', role: 'moderator' as const };

describe('group staff', () => {
  it('lists facilitators first, then by name', () => {
    expect(sortGroupStaff([musa, amina, farah])).toEqual([farah, amina, musa]);
  });

  it('knows the last facilitator, who cannot be taken off', () => {
    expect(isLastFacilitator([farah, musa], farah)).toBe(true);
    expect(isLastFacilitator([farah, musa], musa)).toBe(false);
    const second = { ...amina, role: 'facilitator' as const };
    expect(isLastFacilitator([farah, second], farah)).toBe(false);
  });

  it('offers facilitation only to facilitator accounts', () => {
    expect(rolesFor({ role: 'facilitator' })).toEqual(['moderator', 'facilitator']);
    expect(rolesFor({ role: 'moderator' })).toEqual(['moderator']);
    expect(rolesFor(undefined)).toEqual(['moderator']);
  });
});
