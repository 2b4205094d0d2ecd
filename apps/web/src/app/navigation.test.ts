import { describe, expect, it } from 'vitest';
import { replacesEntry } from './navigation';
import { paths } from './routes';

describe('replacesEntry', () => {
  it('keeps a participant’s whole visit in one history entry', () => {
    for (const from of [
      paths.home,
      '/join',
      paths.mySessions,
      paths.myData,
      paths.publicGroups,
      paths.session('s1'),
      paths.checkIn('s1'),
      '/no-such-page',
    ])
      expect(replacesEntry(from), from).toBe(true);
  });

  it('lets staff go back between their pages', () => {
    for (const from of [paths.staffHome, paths.staffGroup('g1'), paths.sessionAudit('g1', 's1')])
      expect(replacesEntry(from), from).toBe(false);
  });
});
