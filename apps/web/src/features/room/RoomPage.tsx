import { lazy, Suspense, useCallback, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '@haven/core';
import type { MediaSession } from '../../services/media';
import { LanguagePicker } from '../../i18n/LanguagePicker';
import { useDocumentTitle } from '../../ui/use-document-title';
import { useFocusOnMount } from '../../ui/use-focus-on-mount';
import { useNow } from '../../ui/use-now';
import { ChatPanel } from '../chat/ChatPanel';
import { ArrivingMood, LeavingMood } from '../checkin/RoomMood';
import { useMood } from '../checkin/use-mood';
import type { LobbyBinding } from '../lobby/lobby-binding';
import { LobbyPanel } from '../lobby/LobbyPanel';
import type { ModChatBinding } from '../mod-chat/mod-chat-binding';
import { ModChatPanel } from '../mod-chat/ModChatPanel';
import type { MediaBinding } from '../media/media-binding';
import { MediaPanel } from '../media/MediaPanel';
import { useMediaBinding } from '../media/use-media';
import { ActionStatus } from '../moderation/ActionStatus';
import { chatBlock } from '../moderation/chat-block';
import { roomControls } from '../moderation/controls';
import { DEFAULT_TURN_S } from '../moderation/durations';
import { HandsPanel } from '../moderation/HandsPanel';
import type { ModerationController } from '../moderation/moderation-controller';
import { PausedScreen } from '../moderation/PausedScreen';
import { PrivateNotices } from '../moderation/PrivateNotices';
import { RoomControls } from '../moderation/RoomControls';
import { RoomStatus } from '../moderation/RoomStatus';
import { HelpButton } from '../safety/HelpButton';
import { MyCheckIn } from '../safety/MyCheckIn';
import { PrivateTalksPanel } from '../safety/PrivateTalksPanel';
import { ReportDialog, type ReportSubject } from '../safety/ReportDialog';
import { QuickExitButton } from '../safety/QuickExitButton';
import type { SafetyTools } from '../safety/safety-tools';
import type { SupportBinding } from '../safety/support-binding';
import { SupportButton } from '../safety/SupportButton';
import { ConnectionBanner } from './ConnectionBanner';
import { ParticipantList } from './ParticipantList';
import type { SessionController, SessionPhase, SessionSnapshot } from './session-controller';

// The moderators' own panels are a chunk of their own: a participant never downloads them.
const SupportAlertsPanel = lazy(() =>
  import('../safety/SupportAlertsPanel').then((module) => ({
    default: module.SupportAlertsPanel,
  })),
);
const HeldMessagesPanel = lazy(() =>
  import('../chat/HeldMessagesPanel').then((module) => ({ default: module.HeldMessagesPanel })),
);
const ReportsPanel = lazy(() =>
  import('../safety/ReportsPanel').then((module) => ({ default: module.ReportsPanel })),
);

interface RoomPageProps {
  controller: SessionController;
  media: MediaBinding<MediaSession>;
  moderation: ModerationController;
  lobby: LobbyBinding;
  modChat: ModChatBinding;
  support: SupportBinding;
  tools: SafetyTools;
  snapshot: SessionSnapshot;
  phase: Extract<SessionPhase, { kind: 'joined' }>;
}

export function RoomPage(props: RoomPageProps) {
  const { controller, media, moderation, lobby, modChat, support, tools, snapshot, phase } = props;
  const { t } = useTranslation();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const { self, session } = phase;
  useDocumentTitle(t('app.documentTitleSession', { title: session.title }));
  const notices = useSyncExternalStore(moderation.subscribe, moderation.getSnapshot);
  const mediaState = useMediaBinding(media);
  const [turnSeconds, setTurnSeconds] = useState(DEFAULT_TURN_S);
  const [reporting, setReporting] = useState<ReportSubject | null>(null);
  const room = snapshot.moderation;
  const allowed = roomControls(self);
  const staff = self.role !== 'participant';
  // The server enforces all of this; here it only decides what to show.
  const canSend = can({ id: self.id, role: self.role, inRoom: true }, 'chat:send');
  const now = useNow(snapshot.chatWaitUntil !== null && snapshot.chatWaitUntil > Date.now());
  const block = chatBlock({
    role: self.role,
    selfId: self.id,
    moderation: room,
    waitUntil: snapshot.chatWaitUntil,
    now,
  });
  // Participants get a calm screen instead of the room while it is paused; staff keep working.
  const paused = room.settings.paused && !staff;
  const leave = useCallback(() => void controller.leave(), [controller]);
  // Participants are asked how they arrive and how they leave (optional); staff never are.
  const mood = useMood(session.id, !staff, leave);
  const turnOn =
    mediaState.kind === 'ready'
      ? (kind: 'audio' | 'video') =>
          kind === 'audio' ? mediaState.media.setMicrophone(true) : mediaState.media.setCamera(true)
      : null;

  return (
    <div className="room">
      <header className="topbar room-header">
        <div className="room-title">
          <p className="eyebrow">
            <bdi>{session.groupName}</bdi>
          </p>
          <h1 ref={headingRef} tabIndex={-1}>
            <bdi>{session.title}</bdi>
          </h1>
        </div>
        <div className="room-actions">
          {/* First in the header: in reach on a small phone without scrolling. */}
          {!staff && <SupportButton support={support} />}
          {!staff && <HelpButton groupId={session.groupId} />}
          <LanguagePicker />
          <button
            type="button"
            className="button danger"
            onClick={() => mood.dispatch({ kind: 'leave' })}
          >
            {t('room.leave')}
          </button>
        </div>
        {/* For everyone, in the corner on every screen; on phones it floats there. */}
        <QuickExitButton />
      </header>
      <ConnectionBanner
        connection={snapshot.connection}
        live={snapshot.live}
        onReconnect={controller.reconnect}
      />
      <RoomStatus moderation={room} staff={staff} />
      <ActionStatus refused={notices.refused} />
      <PrivateNotices
        selfId={self.id}
        notices={notices}
        moderation={room}
        onTurnOn={turnOn}
        onDismissWarning={moderation.dismissWarning}
        onDismissUnmute={moderation.dismissUnmuteRequest}
      />
      {!staff && !paused && <ArrivingMood mood={mood} onDone={() => headingRef.current?.focus()} />}
      <LeavingMood mood={mood} />
      {/* Outside the room's body: a private check-in stays within reach while the room pauses. */}
      {!staff && (
        <MyCheckIn
          talks={tools.talks}
          selfId={self.id}
          groupId={session.groupId}
          media={media}
          onGone={() => headingRef.current?.focus()}
        />
      )}
      {staff && <RoomControls allowed={allowed} moderation={room} act={moderation.act} />}
      <div className="room-stack">
        {paused && <PausedScreen />}
        {/* Inert while paused: nothing behind the calm screen can be reached or read out. */}
        <main className="room-body" inert={paused}>
          {/* Beside the conversation on wide screens, so the moderators' panels never squeeze it. */}
          <div className="room-side">
            {/* First in the column: a call for support must not wait below the fold. */}
            {staff && (
              <Suspense fallback={null}>
                <SupportAlertsPanel support={support} onCheckIn={tools.talks.open} />
              </Suspense>
            )}
            {staff && (
              <Suspense fallback={null}>
                <HeldMessagesPanel held={tools.held} />
              </Suspense>
            )}
            {staff && (
              <PrivateTalksPanel
                talks={tools.talks}
                selfId={self.id}
                groupId={session.groupId}
                media={media}
              />
            )}
            {staff && (
              <Suspense fallback={null}>
                <ReportsPanel reports={tools.reports} />
              </Suspense>
            )}
            <ParticipantList
              participants={snapshot.participants}
              self={self}
              moderation={room}
              act={moderation.act}
              turnSeconds={turnSeconds}
              onTurnSeconds={setTurnSeconds}
              onCheckIn={staff ? (id) => void tools.talks.open(id) : null}
              onReport={
                staff
                  ? null
                  : (person) =>
                      setReporting({
                        target: { kind: 'person', participantId: person.id },
                        name: person.displayName,
                      })
              }
            />
            {allowed.roomSettings && <LobbyPanel lobby={lobby} />}
            {staff && <ModChatPanel modChat={modChat} selfId={self.id} />}
          </div>
          <HandsPanel
            self={self}
            participants={snapshot.participants}
            moderation={room}
            allowed={allowed}
            turnSeconds={turnSeconds}
            onTurnSeconds={setTurnSeconds}
            act={moderation.act}
          />
          <MediaPanel binding={media} participants={snapshot.participants} selfId={self.id} />
          <ChatPanel
            self={self}
            messages={snapshot.messages}
            outbox={snapshot.outbox}
            catchingUp={snapshot.catchingUp}
            canSend={canSend}
            notice={snapshot.notice}
            onSend={controller.send}
            onRetry={controller.retry}
            onDiscard={controller.discard}
            block={block}
            slowModeSeconds={room.settings.slowModeSeconds}
            onDelete={
              allowed.deleteMessages
                ? (seq) => void moderation.act('mod:delete-message', { seq })
                : null
            }
            onReport={
              staff
                ? null
                : (m) =>
                    setReporting({
                      target: { kind: 'message', seq: m.seq },
                      name: m.senderName,
                      text: m.text,
                    })
            }
            bounced={snapshot.bounced}
          />
        </main>
      </div>
      {reporting && (
        <ReportDialog
          subject={reporting}
          reports={tools.reports}
          onClose={() => setReporting(null)}
        />
      )}
    </div>
  );
}
