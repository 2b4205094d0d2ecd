import { Id } from '@haven/protocol';

export type Route =
  | { name: 'home' }
  | { name: 'invite' }
  | { name: 'session'; sessionId: string }
  | { name: 'public-groups' }
  | { name: 'my-data' }
  | { name: 'staff-sign-in' }
  | { name: 'staff-set-password' }
  | { name: 'staff-join' }
  | { name: 'staff-home' }
  | { name: 'staff-group'; groupId: string }
  | { name: 'not-found' };

export type StaffRoute = Extract<Route, { name: `staff-${string}` }>;

/**
 * Each path and the route it names. One-time tokens (invites, staff links) travel in the
 * fragment (`/join#<token>`), never in a path the server or a proxy log sees.
 */
const TABLE: readonly (readonly [RegExp, (id: string) => Route])[] = [
  [/^\/?$/, () => ({ name: 'home' })],
  [/^\/join\/?$/, () => ({ name: 'invite' })],
  [/^\/s\/([^/]+)\/?$/, (sessionId) => ({ name: 'session', sessionId })],
  [/^\/groups\/?$/, () => ({ name: 'public-groups' })],
  [/^\/me\/?$/, () => ({ name: 'my-data' })],
  [/^\/staff\/?$/, () => ({ name: 'staff-home' })],
  [/^\/staff\/sign-in\/?$/, () => ({ name: 'staff-sign-in' })],
  [/^\/staff\/password\/?$/, () => ({ name: 'staff-set-password' })],
  [/^\/staff\/join\/?$/, () => ({ name: 'staff-join' })],
  [/^\/staff\/groups\/([^/]+)\/?$/, (groupId) => ({ name: 'staff-group', groupId })],
];

/** An id from the path, decoded, if it is one the protocol would accept. */
function decodeId(encoded: string): string | null {
  try {
    const id = decodeURIComponent(encoded);
    return Id.safeParse(id).success ? id : null;
  } catch {
    return null;
  }
}

/** A handful of places: a router dependency would cost more bytes than it saves. */
export function parseRoute(pathname: string): Route {
  for (const [pattern, route] of TABLE) {
    const match = pattern.exec(pathname);
    if (!match) continue;
    const encoded = match[1];
    if (encoded === undefined) return route('');
    const id = decodeId(encoded);
    return id === null ? { name: 'not-found' } : route(id);
  }
  return { name: 'not-found' };
}

export const isStaffRoute = (route: Route): route is StaffRoute => route.name.startsWith('staff-');

/** Where the pages link to; ids are encoded so that none can reshape a path. */
export const paths = {
  home: '/',
  publicGroups: '/groups',
  myData: '/me',
  session: (sessionId: string) => `/s/${encodeURIComponent(sessionId)}`,
  staffHome: '/staff',
  staffSignIn: '/staff/sign-in',
  staffGroup: (groupId: string) => `/staff/groups/${encodeURIComponent(groupId)}`,
} as const;
