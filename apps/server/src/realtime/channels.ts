/** Socket.IO rooms are named by kind so the same broadcasts work on one node or across many. */
export const roomChannel = (sessionId: string): string => `room:${sessionId}`;
