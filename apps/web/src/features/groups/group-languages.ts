/**
 * Languages a group can be held in (the people's language, not the app's). Each is named in
 * itself, so someone looking for their language finds it whatever the page is showing.
 */
export const GROUP_LANGUAGES = [
  { tag: 'en', name: 'English' },
  { tag: 'ar', name: 'العربية' },
  { tag: 'fa', name: 'فارسی' },
  { tag: 'fa-AF', name: 'دری' },
  { tag: 'ps', name: 'پښتو' },
  { tag: 'uk', name: 'Українська' },
  { tag: 'ru', name: 'Русский' },
  { tag: 'es', name: 'Español' },
  { tag: 'fr', name: 'Français' },
  { tag: 'tr', name: 'Türkçe' },
  { tag: 'so', name: 'Soomaali' },
  { tag: 'ti', name: 'ትግርኛ' },
] as const;

const displayNames = new Map<string, Intl.DisplayNames | null>();

/** The language's name in the reader's language, where the browser knows it. */
function localName(tag: string, reader: string): string | null {
  if (!displayNames.has(reader)) {
    try {
      displayNames.set(reader, new Intl.DisplayNames([reader], { type: 'language' }));
    } catch {
      // Older browsers: the endonym alone.
      displayNames.set(reader, null);
    }
  }
  try {
    return displayNames.get(reader)?.of(tag) ?? null;
  } catch {
    return null;
  }
}

/** `fa-AF` → `دری`; a tag not in the list is shown as itself. */
export function languageName(tag: string): string {
  return GROUP_LANGUAGES.find((l) => l.tag === tag)?.name ?? tag;
}

/** `دری (Dari)` for an English reader: staff pick languages they may not read. */
export function languageLabel(tag: string, reader: string): string {
  const own = languageName(tag);
  const local = localName(tag, reader);
  return local && local !== own ? `${own} (${local})` : own;
}

/** The choices for a group's language, keeping a group's current one even if it is not listed. */
export function languageChoices(current?: string): string[] {
  const tags: string[] = GROUP_LANGUAGES.map((l) => l.tag);
  return current && !tags.includes(current) ? [current, ...tags] : tags;
}
