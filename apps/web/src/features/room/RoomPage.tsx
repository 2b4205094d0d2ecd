import { useTranslation } from 'react-i18next';
import { can } from '@haven/core';
import type { MediaSession } from '../../services/media';
import { LanguagePicker } from '../../i18n/LanguagePicker';
import { useDocumentTitle } from '../../ui/use-document-title';
import { useFocusOnMount } from '../../ui/use-focus-on-mount';
import { ChatPanel } from '../chat/ChatPanel';
import type { MediaBinding } from '../media/media-binding';
import { MediaPanel } from '../media/MediaPanel';
import { ConnectionBanner } from './ConnectionBanner';
import { ParticipantList } from './ParticipantList';
import type { SessionController, SessionPhase, SessionSnapshot } from './session-controller';

interface RoomPageProps {
  controller: SessionController;
  media: MediaBinding<MediaSession>;
  snapshot: SessionSnapshot;
  phase: Extract<SessionPhase, { kind: 'joined' }>;
}

export function RoomPage({ controller, media, snapshot, phase }: RoomPageProps) {
  const { t } = useTranslation();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const { self, session } = phase;
  useDocumentTitle(t('app.documentTitleSession', { title: session.title }));
  // The server enforces this; here it only decides whether to show the composer.
  const canSend = can({ id: self.id, role: self.role, inRoom: true }, 'chat:send');

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
          <LanguagePicker />
          <button type="button" className="button danger" onClick={() => void controller.leave()}>
            {t('room.leave')}
          </button>
        </div>
      </header>
      <ConnectionBanner
        connection={snapshot.connection}
        live={snapshot.live}
        onReconnect={controller.reconnect}
      />
      <main className="room-body">
        <ParticipantList participants={snapshot.participants} selfId={self.id} />
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
        />
      </main>
    </div>
  );
}
