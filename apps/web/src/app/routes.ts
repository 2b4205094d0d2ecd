import { Id } from '@haven/protocol';

export type Route =
  | { name: 'home' }
  | { name: 'invite' }
  | { name: 'session'; sessionId: string }
  | { name: 'public-groups' }
  | { name: 'my-data' }
  | { name: 'my-sessions' }
  | { name: 'check-in'; sessionId: string }
  | { name: 'staff-sign-in' }
  | { name: 'staff-set-password' }
  | { name: 'staff-join' }
  | { name: 'staff-home' }
  | { name: 'staff-platform' }
  | { name: 'staff-group'; groupId: string }
  | { name: 'staff-session-audit'; groupId: string; sessionId: string }
  | { name: 'staff-session-reports'; groupId: string; sessionId: string }
  | { name: 'staff-session-checkin'; groupId: string; sessionId: string }
  | { name: 'not-found' };

export type StaffRoute = Extract<Route, { name: `staff-${string}` }>;

/**
 * Each path and the route it names. One-time tokens (invites, staff links) travel in the
 * fragment (`/join#<token>`), never in a path the server or a proxy log sees.
 */
const TABLE: readonly (readonly [RegExp, (...ids: string[]) => Route])[] = [
  [/^\/?$/, () => ({ name: 'home' })],
  [/^\/join\/?$/, () => ({ name: 'invite' })],
  [/^\/s\/([^/]+)\/?$/, (sessionId = '') => ({ name: 'session', sessionId })],
  [/^\/groups\/?$/, () => ({ name: 'public-groups' })],
  [/^\/me\/?$/, () => ({ name: 'my-data' })],
  [/^\/sessions\/?$/, () => ({ name: 'my-sessions' })],
  // The venue's code comes in the fragment (`/check-in/<id>#123456`), never in the path.
  [/^\/check-in\/([^/]+)\/?$/, (sessionId = '') => ({ name: 'check-in', sessionId })],
  [/^\/staff\/?$/, () => ({ name: 'staff-home' })],
  [/^\/staff\/sign-in\/?$/, () => ({ name: 'staff-sign-in' })],
  [/^\/staff\/password\/?$/, () => ({ name: 'staff-set-password' })],
  [/^\/staff\/join\/?$/, () => ({ name: 'staff-join' })],
  [/^\/staff\/platform\/?$/, () => ({ name: 'staff-platform' })],
  [/^\/staff\/groups\/([^/]+)\/?$/, (groupId = '') => ({ name: 'staff-group', groupId })],
  [
    /^\/staff\/groups\/([^/]+)\/sessions\/([^/]+)\/audit\/?$/,
    (groupId = '', sessionId = '') => ({ name: 'staff-session-audit', groupId, sessionId }),
  ],
  [
    /^\/staff\/groups\/([^/]+)\/sessions\/([^/]+)\/reports\/?$/,
    (groupId = '', sessionId = '') => ({ name: 'staff-session-reports', groupId, sessionId }),
  ],
  [
    /^\/staff\/groups\/([^/]+)\/sessions\/([^/]+)\/check-in\/?$/,
    (groupId = '', sessionId = '') => ({ name: 'staff-session-checkin', groupId, sessionId }),
  ],
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
    const ids = match.slice(1).map(decodeId);
    return ids.every((id): id is string => id !== null) ? route(...ids) : { name: 'not-found' };
  }
  return { name: 'not-found' };
}

export const isStaffRoute = (route: Route): route is StaffRoute => route.name.startsWith('staff-');

/** Where the pages link to; ids are encoded so that none can reshape a path. */
export const paths = {
  home: '/',
  publicGroups: '/groups',
  myData: '/me',
  mySessions: '/sessions',
  session: (sessionId: string) => `/s/${encodeURIComponent(sessionId)}`,
  checkIn: (sessionId: string) => `/check-in/${encodeURIComponent(sessionId)}`,
  staffHome: '/staff',
  staffSignIn: '/staff/sign-in',
  staffPlatform: '/staff/platform',
  staffGroup: (groupId: string) => `/staff/groups/${encodeURIComponent(groupId)}`,
  sessionAudit: (groupId: string, sessionId: string) =>
    `/staff/groups/${encodeURIComponent(groupId)}/sessions/${encodeURIComponent(sessionId)}/audit`,
  sessionReports: (groupId: string, sessionId: string) =>
    `/staff/groups/${encodeURIComponent(groupId)}/sessions/${encodeURIComponent(sessionId)}/reports`,
  sessionCheckin: (groupId: string, sessionId: string) =>
    `/staff/groups/${encodeURIComponent(groupId)}/sessions/${encodeURIComponent(sessionId)}/check-in`,
} as const;
