import { Id } from '@haven/protocol';

export type Route =
  | { name: 'home' }
  | { name: 'invite' }
  | { name: 'session'; sessionId: string }
  | { name: 'not-found' };

const SESSION_PATH = /^\/s\/([^/]+)\/?$/;
/** The invite token is in the fragment (`/join#<token>`), never in the path the server sees. */
const INVITE_PATH = /^\/join\/?$/;

/** The app has four places; a router dependency would cost more bytes than it saves. */
export function parseRoute(pathname: string): Route {
  if (pathname === '/' || pathname === '') return { name: 'home' };
  if (INVITE_PATH.test(pathname)) return { name: 'invite' };
  const encoded = SESSION_PATH.exec(pathname)?.[1];
  if (encoded === undefined) return { name: 'not-found' };
  let sessionId: string;
  try {
    sessionId = decodeURIComponent(encoded);
  } catch {
    return { name: 'not-found' };
  }
  return Id.safeParse(sessionId).success ? { name: 'session', sessionId } : { name: 'not-found' };
}
