import { createSignaling } from '../services/signaling';
import { deviceTokens } from '../services/device';
import {
  createSessionController,
  type SessionController,
} from '../features/room/session-controller';
import { createTabRejoinStore } from '../features/room/rejoin-store';

let current: { sessionId: string; controller: SessionController } | null = null;

/**
 * One controller per page, kept outside React so StrictMode's double mount and re-renders never
 * open a second socket; opening another session's link closes the previous one.
 */
export function sessionControllerFor(sessionId: string): SessionController {
  if (current?.sessionId === sessionId) return current.controller;
  current?.controller.dispose();
  const controller = createSessionController({
    sessionId,
    // Staff send no device token: the server knows them by their cookie.
    connect: (credentials) =>
      createSignaling(
        credentials.kind === 'participant' ? { deviceToken: credentials.deviceToken } : {},
      ),
    store: createTabRejoinStore(),
    deviceToken: () => deviceTokens.load(),
  });
  current = { sessionId, controller };
  return controller;
}
