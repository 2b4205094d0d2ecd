import { describe, expect, it } from 'vitest';
import { CRISIS_RESOURCES_MAX, CrisisResource } from '@haven/protocol';
import {
  RESOURCE_FIELDS,
  RESOURCE_RULES,
  checkLanguageTag,
  checkResources,
  fieldKey,
  formFrom,
  listFor,
  resourcesReducer,
  type ResourcesForm,
} from './resources-form';

const line = (name: string): CrisisResource => ({
  name,
  phone: '988',
  sms: '',
  whatsapp: '',
  hours: '24/7',
  description: '',
});
const names = (form: ResourcesForm) => form.drafts.map((d) => d.name);

describe('the crisis resources form', () => {
  it('adds, edits, moves and removes entries, keeping each one’s key', () => {
    let form = formFrom([line('A'), line('B')]);
    form = resourcesReducer(form, { kind: 'add' });
    form = resourcesReducer(form, { kind: 'edit', key: 2, field: 'name', value: 'C' });
    expect(names(form)).toEqual(['A', 'B', 'C']);
    form = resourcesReducer(form, { kind: 'move', key: 2, by: -1 });
    expect(names(form)).toEqual(['A', 'C', 'B']);
    expect(resourcesReducer(form, { kind: 'move', key: 0, by: -1 })).toBe(form);
    expect(resourcesReducer(form, { kind: 'move', key: 1, by: 1 })).toBe(form);
    form = resourcesReducer(form, { kind: 'remove', key: 0 });
    expect(form.drafts.map((d) => d.key)).toEqual([2, 1]);
  });

  it(`holds at most ${CRISIS_RESOURCES_MAX} entries`, () => {
    let form = formFrom([]);
    for (let i = 0; i < CRISIS_RESOURCES_MAX + 2; i++)
      form = resourcesReducer(form, { kind: 'add' });
    expect(form.drafts).toHaveLength(CRISIS_RESOURCES_MAX);
  });

  it('gives the trimmed list, or names each wrong field', () => {
    let form = formFrom([{ ...line(' Helpline '), hours: ' Mornings ' }]);
    expect(checkResources(form)).toEqual({
      ok: true,
      value: [{ ...line('Helpline'), hours: 'Mornings' }],
    });
    form = resourcesReducer(form, { kind: 'add' });
    form = resourcesReducer(form, { kind: 'edit', key: 1, field: 'phone', value: '1'.repeat(41) });
    expect(checkResources(form)).toEqual({
      ok: false,
      errors: {
        [fieldKey(1, 'name')]: { kind: 'required' },
        [fieldKey(1, 'phone')]: { kind: 'tooLong', max: 40 },
      },
    });
    expect(checkResources(formFrom([]))).toEqual({ ok: true, value: [] });
  });

  it('checks the same limits as the protocol', () => {
    for (const field of RESOURCE_FIELDS) {
      const { max } = RESOURCE_RULES[field];
      expect(CrisisResource.safeParse({ ...line('A'), [field]: 'x'.repeat(max) }).success).toBe(
        true,
      );
      expect(CrisisResource.safeParse({ ...line('A'), [field]: 'x'.repeat(max + 1) }).success).toBe(
        false,
      );
    }
  });

  it('takes language tags as people type them', () => {
    expect(checkLanguageTag(' AR ')).toEqual({ ok: true, value: 'ar' });
    expect(checkLanguageTag('fa_af')).toEqual({ ok: true, value: 'fa-AF' });
    expect(checkLanguageTag('')).toEqual({ ok: false, error: { kind: 'required' } });
    expect(checkLanguageTag('Arabic!')).toEqual({ ok: false, error: { kind: 'languageTag' } });
  });

  it('finds the list of one language', () => {
    const lists = [{ locale: 'ar', resources: [line('A')] }];
    expect(listFor(lists, 'ar')).toEqual([line('A')]);
    expect(listFor(lists, 'uk')).toEqual([]);
  });
});
