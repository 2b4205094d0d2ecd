import { describe, expect, it } from 'vitest';
import { localesToTry, pickResources } from './resources';

const lists = {
  group: new Map([
    ['ar', ['group-ar']],
    ['en', ['group-en']],
  ]),
  platform: new Map([
    ['fa', ['platform-fa']],
    ['uk', ['platform-uk']],
    ['en', ['platform-en']],
  ]),
};

describe('crisis resources for a reader', () => {
  it("prefers the group's list in the reader's language, then the platform's", () => {
    expect(pickResources(lists, 'ar', 'en')).toEqual({ locale: 'ar', resources: ['group-ar'] });
    expect(pickResources(lists, 'uk', 'en')).toEqual({ locale: 'uk', resources: ['platform-uk'] });
  });

  it('falls back to the language without its region, then the group language, then English', () => {
    expect(pickResources(lists, 'fa-AF', 'ar')).toEqual({
      locale: 'fa',
      resources: ['platform-fa'],
    });
    expect(pickResources(lists, 'es', 'ar')).toEqual({ locale: 'ar', resources: ['group-ar'] });
    expect(pickResources({ group: new Map(), platform: lists.platform }, 'es', 'fr')).toEqual({
      locale: 'en',
      resources: ['platform-en'],
    });
    expect(localesToTry('fa-AF', 'ar')).toEqual(['fa-AF', 'fa', 'ar', 'en']);
  });

  it('says plainly when there is nothing', () => {
    expect(pickResources({ group: new Map(), platform: new Map() }, 'ar', 'ar')).toEqual({
      locale: 'ar',
      resources: [],
    });
  });
});
