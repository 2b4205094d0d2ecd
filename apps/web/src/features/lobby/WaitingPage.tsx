import { useTranslation } from 'react-i18next';
import { LiveRegion } from '../../ui/LiveRegion';
import { PageShell } from '../../ui/PageShell';
import { useDocumentTitle } from '../../ui/use-document-title';
import { useFocusOnMount } from '../../ui/use-focus-on-mount';
import { useSessionInfo } from '../join/use-session-info';
import { ConnectionBanner } from '../room/ConnectionBanner';
import type { SessionController, SessionSnapshot } from '../room/session-controller';

interface WaitingPageProps {
  sessionId: string;
  controller: SessionController;
  snapshot: SessionSnapshot;
  message: string | null;
}

/** A calm page while a moderator has not let the person in yet; the room follows by itself. */
export function WaitingPage({ sessionId, controller, snapshot, message }: WaitingPageProps) {
  const { t } = useTranslation();
  const { state } = useSessionInfo(sessionId);
  const info = state.status === 'loaded' ? state.info : null;
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  useDocumentTitle(t('app.documentTitleSession', { title: t('room.lobby.waitingTitle') }));

  return (
    <PageShell>
      {info && (
        <>
          <p className="eyebrow">
            <bdi>{info.groupName}</bdi>
          </p>
          <p className="waiting-session">
            <bdi>{info.title}</bdi>
          </p>
        </>
      )}
      <h1 ref={headingRef} tabIndex={-1}>
        {t('room.lobby.waitingTitle')}
      </h1>
      <ConnectionBanner
        connection={snapshot.connection}
        live={snapshot.connection === 'connected'}
        onReconnect={controller.reconnect}
      />
      {/* Polite: the wait and the moderators' word are read out without interrupting. */}
      <LiveRegion className="waiting-status">
        <p>{t('room.lobby.waitingBody')}</p>
        {info && info.lobbyMessage !== '' && (
          <p className="lobby-note" dir="auto">
            {info.lobbyMessage}
          </p>
        )}
        {message !== null && (
          <p className="lobby-note">
            {t('room.lobby.noteFromModerators')} <bdi>{message}</bdi>
          </p>
        )}
      </LiveRegion>
      <button type="button" className="button" onClick={() => void controller.leave()}>
        {t('room.leave')}
      </button>
    </PageShell>
  );
}
