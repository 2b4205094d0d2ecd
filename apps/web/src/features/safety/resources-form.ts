import {
  CRISIS_RESOURCES_MAX,
  Locale,
  type CrisisResource,
  type CrisisResourceList,
} from '@haven/protocol';
import {
  checkText,
  settle,
  type FieldError,
  type FormCheck,
  type TextRule,
} from '../staff/form-check';

export const RESOURCE_FIELDS = [
  'name',
  'phone',
  'sms',
  'whatsapp',
  'hours',
  'description',
] as const;
export type ResourceField = (typeof RESOURCE_FIELDS)[number];

/** One crisis line being edited; `key` keeps its inputs (and focus) through reordering. */
export type ResourceDraft = { key: number } & Record<ResourceField, string>;

/** The same limits as the protocol's schema (a test holds them together), so the wrong field is named before sending. */
export const RESOURCE_RULES: Record<ResourceField, TextRule> = {
  name: { required: true, max: 120 },
  phone: { max: 40 },
  sms: { max: 40 },
  whatsapp: { max: 40 },
  hours: { max: 120 },
  description: { max: 300 },
};

/** The error key of one field of one entry. */
export const fieldKey = (key: number, field: ResourceField): string => `${key}.${field}`;

export interface ResourcesForm {
  drafts: readonly ResourceDraft[];
  nextKey: number;
}

export function formFrom(resources: readonly CrisisResource[]): ResourcesForm {
  return {
    drafts: resources.map((resource, key) => ({ key, ...pick(resource) })),
    nextKey: resources.length,
  };
}

const pick = (resource: CrisisResource): Record<ResourceField, string> => ({
  name: resource.name,
  phone: resource.phone,
  sms: resource.sms,
  whatsapp: resource.whatsapp,
  hours: resource.hours,
  description: resource.description,
});

export type ResourcesAction =
  | { kind: 'add' }
  | { kind: 'remove'; key: number }
  | { kind: 'move'; key: number; by: -1 | 1 }
  | { kind: 'edit'; key: number; field: ResourceField; value: string };

export const canAdd = (form: ResourcesForm): boolean => form.drafts.length < CRISIS_RESOURCES_MAX;

export function resourcesReducer(form: ResourcesForm, action: ResourcesAction): ResourcesForm {
  switch (action.kind) {
    case 'add': {
      if (!canAdd(form)) return form;
      const blank = {
        key: form.nextKey,
        name: '',
        phone: '',
        sms: '',
        whatsapp: '',
        hours: '',
        description: '',
      };
      return { drafts: [...form.drafts, blank], nextKey: form.nextKey + 1 };
    }
    case 'remove':
      return { ...form, drafts: form.drafts.filter((d) => d.key !== action.key) };
    case 'move': {
      const from = form.drafts.findIndex((d) => d.key === action.key);
      const to = from + action.by;
      if (from < 0 || to < 0 || to >= form.drafts.length) return form;
      const drafts = [...form.drafts];
      const [moved] = drafts.splice(from, 1);
      if (moved) drafts.splice(to, 0, moved);
      return { ...form, drafts };
    }
    case 'edit':
      return {
        ...form,
        drafts: form.drafts.map((d) =>
          d.key === action.key ? { ...d, [action.field]: action.value } : d,
        ),
      };
  }
}

/** The list to save, trimmed as the server stores it, or what is wrong with which field. */
export function checkResources(form: ResourcesForm): FormCheck<CrisisResource[], string> {
  const errors: Record<string, FieldError | null> = {};
  for (const draft of form.drafts)
    for (const field of RESOURCE_FIELDS)
      errors[fieldKey(draft.key, field)] = checkText(draft[field].trim(), RESOURCE_RULES[field]);
  return settle(errors, () =>
    form.drafts.map((draft) => ({
      name: draft.name.trim(),
      phone: draft.phone.trim(),
      sms: draft.sms.trim(),
      whatsapp: draft.whatsapp.trim(),
      hours: draft.hours.trim(),
      description: draft.description.trim(),
    })),
  );
}

/** A typed language tag, as the server takes it: `AR` → `ar`, `fa-af` → `fa-AF`. */
export function checkLanguageTag(
  raw: string,
): { ok: true; value: string } | { ok: false; error: FieldError } {
  const text = raw.trim().replace(/_/g, '-');
  if (text === '') return { ok: false, error: { kind: 'required' } };
  const [first = '', ...rest] = text.split('-');
  const tag = [
    first.toLowerCase(),
    ...rest.map((part) => (part.length === 2 ? part.toUpperCase() : part)),
  ].join('-');
  return Locale.safeParse(tag).success
    ? { ok: true, value: tag }
    : { ok: false, error: { kind: 'languageTag' } };
}

/** The resources saved for one language; none yet is an empty list. */
export const listFor = (lists: readonly CrisisResourceList[], locale: string): CrisisResource[] =>
  lists.find((list) => list.locale === locale)?.resources ?? [];
