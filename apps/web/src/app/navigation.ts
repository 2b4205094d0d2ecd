import { isStaffRoute, parseRoute } from './routes';

/**
 * Whether leaving `fromPath` takes its place in the tab's history rather than adding an entry.
 * Every page a participant sees does: their whole visit is one entry, so that after a quick exit
 * "Back" (pressed by whoever picks the phone up) can land on nothing of Haven's, however many
 * pages (home, their sessions, a session) they went through. Staff pages keep Back working
 * between them: staff are not the ones who may have to hide their visit.
 */
export const replacesEntry = (fromPath: string): boolean => !isStaffRoute(parseRoute(fromPath));

/**
 * Moves to another page of the app without loading it again: the pathname hook listens to
 * `popstate`, which `pushState` itself does not fire. `replace` overrides the rule above.
 */
export function navigate(path: string, { replace }: { replace?: boolean } = {}): void {
  if (replace ?? replacesEntry(window.location.pathname))
    window.history.replaceState(null, '', path);
  else window.history.pushState(null, '', path);
  window.dispatchEvent(new PopStateEvent('popstate'));
  window.scrollTo(0, 0);
}
