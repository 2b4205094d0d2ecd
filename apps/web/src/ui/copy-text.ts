/**
 * Copies text for pasting elsewhere. The Clipboard API exists only on secure pages (HTTPS or
 * localhost); a hall's laptop on plain http gets the older selection-based copy instead.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Refused (no permission, page not focused): try the other way.
  }
  return copyWithSelection(text);
}

function copyWithSelection(text: string): boolean {
  const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const area = document.createElement('textarea');
  area.value = text;
  area.readOnly = true;
  area.style.position = 'fixed';
  area.style.insetBlockStart = '0';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  let copied = false;
  try {
    // Deprecated, but the only way left where the Clipboard API is missing.
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  }
  area.remove();
  // Selecting moved focus into the helper; a keyboard user stays on the button they pressed.
  previous?.focus();
  return copied;
}
