/** Socket.IO rooms are named by kind so the same broadcasts work on one node or across many. */
export const roomChannel = (sessionId: string): string => `room:${sessionId}`;

/** Every connection of one participant or staff member, to close them when their access changes. */
export const userChannel = (principalId: string): string => `user:${principalId}`;

/** The moderators (staff) in a session's room: lobby news and other staff-only events. */
export const modsChannel = (sessionId: string): string => `mods:${sessionId}`;

/** The people waiting at a session's door. */
export const lobbyChannel = (sessionId: string): string => `lobby:${sessionId}`;
