/**
 * Bumped whenever an event, payload or reply changes shape. A client built for another
 * version is refused in the handshake with UNSUPPORTED_PROTOCOL instead of misbehaving.
 */
export const PROTOCOL_VERSION = 4;
