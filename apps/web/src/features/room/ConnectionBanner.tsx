import { useTranslation } from 'react-i18next';
import type { ConnectionStatus } from '../../services/signaling';
import { LiveRegion } from '../../ui/LiveRegion';

interface ConnectionBannerProps {
  connection: ConnectionStatus;
  /** Joined on the current connection. */
  live: boolean;
  onReconnect: () => void;
}

/** Says plainly when the room is not live, and what the person can do about it. */
export function ConnectionBanner({ connection, live, onReconnect }: ConnectionBannerProps) {
  const { t } = useTranslation();
  let content = null;
  if (connection === 'failed-protocol')
    content = (
      <>
        {t('connection.outdated')}{' '}
        <button type="button" className="button small" onClick={() => window.location.reload()}>
          {t('connection.reload')}
        </button>
      </>
    );
  else if (!live && connection === 'disconnected')
    content = (
      <>
        {t('connection.disconnected')}{' '}
        <button type="button" className="button small" onClick={onReconnect}>
          {t('connection.reconnect')}
        </button>
      </>
    );
  else if (!live) content = t('connection.reconnecting');

  return <LiveRegion className={content ? 'banner' : 'banner empty'}>{content}</LiveRegion>;
}
