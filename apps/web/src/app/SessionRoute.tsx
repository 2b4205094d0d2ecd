import { useCallback, useEffect, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { JoinPage } from '../features/join/JoinPage';
import { ResumingPage } from '../features/join/ResumingPage';
import { DeniedPage } from '../features/lobby/DeniedPage';
import { WaitingPage } from '../features/lobby/WaitingPage';
import { RoomClosedPage } from '../features/room/RoomClosedPage';
import { RoomPage } from '../features/room/RoomPage';
import { leaveAtOnce } from '../features/safety/quick-exit';
import { useQuickExitSession } from '../features/safety/QuickExitOffer';
import {
  lobbyFor,
  mediaBindingFor,
  modChatFor,
  moderationFor,
  safetyToolsFor,
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
  const tools = useMemo(() => safetyToolsFor(sessionId), [sessionId]);
  const snapshot = useSyncExternalStore(controller.subscribe, controller.getSnapshot);

  // A reload of a tab that was in the room goes straight back in, without the join page.
  useEffect(() => controller.resume(), [controller]);

  // Quick exit on every page of the session (the app offers it), from the join page to the room
  // and after it, telling the server; Escape three times is the participants' alone.
  const goodbye = useCallback(() => leaveAtOnce(controller, media), [controller, media]);
  const staff = snapshot.phase.kind === 'joined' && snapshot.phase.self.role !== 'participant';
  useQuickExitSession(goodbye, { escape: !staff });

  function page(): ReactNode {
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
          tools={tools}
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

  return page();
}
