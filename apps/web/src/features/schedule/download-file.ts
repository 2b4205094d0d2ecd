/**
 * Saves text as a file on the device through a temporary link: no new window, and nothing left
 * behind (the link and the object URL go as soon as the browser has taken the file).
 */
export function saveTextFile(text: string, filename: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the URL after click() returns; a moment later it is safe to free.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
