import { createSignaling } from '../services/signaling';
import { deviceTokens } from '../services/device';
import type { MediaSession } from '../services/media';
import {
  createSessionController,
  type SessionController,
} from '../features/room/session-controller';
import { createTabRejoinStore } from '../features/room/rejoin-store';
import { bindMedia, type MediaBinding, type MediaLink } from '../features/media/media-binding';
import { bindLobby, type LobbyBinding } from '../features/lobby/lobby-binding';
import { bindModChat, type ModChatBinding } from '../features/mod-chat/mod-chat-binding';
import { bindSupport, type SupportBinding } from '../features/safety/support-binding';
import { bindHeld } from '../features/chat/held-binding';
import { bindTalks } from '../features/safety/talk-binding';
import { bindReports } from '../features/safety/report-binding';
import type { SafetyTools } from '../features/safety/safety-tools';
import {
  bindModeration,
  type ModerationController,
} from '../features/moderation/moderation-controller';

interface Current {
  sessionId: string;
  controller: SessionController;
  media: MediaBinding<MediaSession>;
  moderation: ModerationController;
  lobby: LobbyBinding;
  modChat: ModChatBinding;
  support: SupportBinding;
  tools: SafetyTools;
}

let current: Current | null = null;

/**
 * One controller per page, kept outside React so StrictMode's double mount and re-renders never
 * open a second socket; opening another session's link closes the previous one.
 */
export function sessionControllerFor(sessionId: string): SessionController {
  return sessionFor(sessionId).controller;
}

/** The session's audio and video, started once the person is in the room. */
export function mediaBindingFor(sessionId: string): MediaBinding<MediaSession> {
  return sessionFor(sessionId).media;
}

/** What moderation says to this person alone, and the commands they may send. */
export function moderationFor(sessionId: string): ModerationController {
  return sessionFor(sessionId).moderation;
}

/** The moderators' view of who waits to come in. */
export function lobbyFor(sessionId: string): LobbyBinding {
  return sessionFor(sessionId).lobby;
}

/** The moderators' private channel. */
export function modChatFor(sessionId: string): ModChatBinding {
  return sessionFor(sessionId).modChat;
}

/** The private "I need support" call, and the moderators' list of such calls. */
export function supportFor(sessionId: string): SupportBinding {
  return sessionFor(sessionId).support;
}

/** Held messages, private check-ins and reports. */
export function safetyToolsFor(sessionId: string): SafetyTools {
  return sessionFor(sessionId).tools;
}

function sessionFor(sessionId: string): Current {
  if (current?.sessionId === sessionId) return current;
  current?.tools.reports.dispose();
  current?.tools.talks.dispose();
  current?.tools.held.dispose();
  current?.support.dispose();
  current?.modChat.dispose();
  current?.lobby.dispose();
  current?.moderation.dispose();
  current?.media.dispose();
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
  // mediasoup-client loads only once someone is in a room, not with the join page.
  const media = bindMedia(controller, sessionId, () =>
    import('../services/media').then(
      ({ MediaSession }) =>
        (link: MediaLink) =>
          new MediaSession(link),
    ),
  );
  current = {
    sessionId,
    controller,
    media,
    moderation: bindModeration(controller),
    lobby: bindLobby(controller),
    modChat: bindModChat(controller),
    support: bindSupport(controller),
    tools: {
      held: bindHeld(controller),
      talks: bindTalks(controller),
      reports: bindReports(controller),
    },
  };
  return current;
}
