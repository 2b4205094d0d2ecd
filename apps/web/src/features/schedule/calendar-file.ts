const FALLBACK = 'haven-session';
const NAME_MAX = 80;

/** A plain file name without its .ics ending (empty when nothing usable is left). */
function clean(text: string): string {
  // Only the last path segment: a name must not point into another folder.
  const last = text.split(/[/\\]/).pop() ?? '';
  return (
    last
      // Control characters and what Windows refuses in file names.
      .replace(/[\p{Cc}<>:"|?*]/gu, '')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/\.ics$/i, '')
      // A leading dot would hide the file on some systems.
      .replace(/^\.+/, '')
  );
}

/**
 * The name an .ics download is saved under. The server proposes one; it is still a name written
 * to the person's device, so only a plain file name ending in .ics is kept.
 */
export function icsFilename(proposed: string, title: string): string {
  let base = clean(proposed);
  if (base === '') base = clean(title);
  if (base === '') base = FALLBACK;
  return `${[...base].slice(0, NAME_MAX).join('').trim()}.ics`;
}
