import { createSignaling } from '../services/signaling';
import {
  createSessionController,
  type SessionController,
} from '../features/room/session-controller';
import { createTabResumeStore } from '../features/room/resume-store';

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
    connect: () => createSignaling(),
    store: createTabResumeStore(),
  });
  current = { sessionId, controller };
  return controller;
}
