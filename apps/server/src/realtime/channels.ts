/** Socket.IO rooms are named by kind so the same broadcasts work on one node or across many. */
export const roomChannel = (sessionId: string): string => `room:${sessionId}`;

/** Every connection of one participant or staff member, to close them when their access changes. */
export const userChannel = (principalId: string): string => `user:${principalId}`;
