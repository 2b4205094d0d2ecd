import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { JoinPage } from '../features/join/JoinPage';
import { ResumingPage } from '../features/join/ResumingPage';
import { DeniedPage } from '../features/lobby/DeniedPage';
import { WaitingPage } from '../features/lobby/WaitingPage';
import { RoomClosedPage } from '../features/room/RoomClosedPage';
import { RoomPage } from '../features/room/RoomPage';
import {
  lobbyFor,
  mediaBindingFor,
  modChatFor,
  moderationFor,
  sessionControllerFor,
  supportFor,
} from './session-registry';

/** `/s/<sessionId>`: the join page until the person is in, then the room. */
export function SessionRoute({ sessionId }: { sessionId: string }) {
  const controller = useMemo(() => sessionControllerFor(sessionId), [sessionId]);
  const media = useMemo(() => mediaBindingFor(sessionId), [sessionId]);
  const moderation = useMemo(() => moderationFor(sessionId), [sessionId]);
  const lobby = useMemo(() => lobbyFor(sessionId), [sessionId]);
  const modChat = useMemo(() => modChatFor(sessionId), [sessionId]);
  const support = useMemo(() => supportFor(sessionId), [sessionId]);
  const snapshot = useSyncExternalStore(controller.subscribe, controller.getSnapshot);

  // A reload of a tab that was in the room goes straight back in, without the join page.
  useEffect(() => controller.resume(), [controller]);

  const { phase } = snapshot;
  if (phase.kind === 'joined')
    return (
      <RoomPage
        controller={controller}
        media={media}
        moderation={moderation}
        lobby={lobby}
        modChat={modChat}
        support={support}
        snapshot={snapshot}
        phase={phase}
      />
    );
  if (phase.kind === 'waiting')
    return (
      <WaitingPage
        sessionId={sessionId}
        controller={controller}
        snapshot={snapshot}
        message={phase.message}
      />
    );
  if (phase.kind === 'denied') return <DeniedPage reason={phase.reason} />;
  if (phase.kind === 'closed') return <RoomClosedPage reason={phase.reason} />;
  if (phase.kind === 'joining' && phase.resuming) return <ResumingPage />;
  return (
    <JoinPage
      sessionId={sessionId}
      phase={phase}
      notice={snapshot.notice}
      onEnter={controller.join}
    />
  );
}
