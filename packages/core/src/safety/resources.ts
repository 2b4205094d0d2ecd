/**
 * Which crisis resources a person sees. Help must be in a language they read, and the group's
 * own list (set by people who know its town and its members) comes before the platform's. So:
 * the group's list in their language, else the platform's; then the same for the language
 * without its region ("fa" for "fa-AF"); then the group's own language; then English.
 */
export interface ResourceLists<R> {
  group: ReadonlyMap<string, readonly R[]>;
  platform: ReadonlyMap<string, readonly R[]>;
}

export function localesToTry(locale: string, groupLanguage: string): string[] {
  const base = (tag: string) => tag.split('-')[0] ?? tag;
  return [...new Set([locale, base(locale), groupLanguage, base(groupLanguage), 'en'])];
}

export function pickResources<R>(
  lists: ResourceLists<R>,
  locale: string,
  groupLanguage: string,
): { locale: string; resources: readonly R[] } {
  for (const tag of localesToTry(locale, groupLanguage))
    for (const source of [lists.group, lists.platform]) {
      const found = source.get(tag);
      if (found && found.length > 0) return { locale: tag, resources: found };
    }
  return { locale, resources: [] };
}
