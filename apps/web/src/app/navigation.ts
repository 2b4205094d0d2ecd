/**
 * Moves to another page of the app without loading it again: the pathname hook listens to
 * `popstate`, which `pushState` itself does not fire.
 */
export function navigate(path: string, { replace = false }: { replace?: boolean } = {}): void {
  if (replace) window.history.replaceState(null, '', path);
  else window.history.pushState(null, '', path);
  window.dispatchEvent(new PopStateEvent('popstate'));
  window.scrollTo(0, 0);
}
