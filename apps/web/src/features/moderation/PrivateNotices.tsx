import { useTranslation } from 'react-i18next';
import type { RoomModeration } from '@haven/protocol';
import type { ModerationSnapshot } from './moderation-controller';

interface PrivateNoticesProps {
  selfId: string;
  notices: ModerationSnapshot;
  moderation: RoomModeration;
  /** Turns the microphone or camera on, through the person's media session; null without one. */
  onTurnOn: ((kind: 'audio' | 'video') => void) | null;
  onDismissWarning: () => void;
  onDismissUnmute: () => void;
}

/** What the moderators say to this person alone. Nobody else in the room sees any of it. */
export function PrivateNotices(props: PrivateNoticesProps) {
  const { selfId, notices, moderation, onTurnOn, onDismissWarning, onDismissUnmute } = props;
  const { t } = useTranslation();
  const { warning, unmuteRequest, offered } = notices;
  const { raised, turn } = moderation.hands;
  // "You are next" holds only while it is true: no turn yet, and still first in the queue.
  const next = offered?.value === selfId && turn === null && raised[0] === selfId;
  if (!warning && !unmuteRequest && !next) return null;

  return (
    <div className="private-notices">
      {warning && (
        <section key={warning.serial} className="private-notice warning" role="alert">
          <h2>{t('moderation.private.warningTitle')}</h2>
          <p className="private-text" dir="auto">
            {warning.value}
          </p>
          <p className="hint">{t('moderation.private.onlyYou')}</p>
          <button type="button" className="button small" onClick={onDismissWarning}>
            {t('moderation.private.ok')}
          </button>
        </section>
      )}
      {unmuteRequest && (
        <section key={unmuteRequest.serial} className="private-notice" role="alert">
          <p>
            {unmuteRequest.value === 'audio'
              ? t('moderation.private.unmuteAudio')
              : t('moderation.private.unmuteVideo')}
          </p>
          <div className="notice-actions">
            {onTurnOn && (
              <button
                type="button"
                className="button small primary"
                onClick={() => {
                  onTurnOn(unmuteRequest.value);
                  onDismissUnmute();
                }}
              >
                {unmuteRequest.value === 'audio'
                  ? t('moderation.private.acceptAudio')
                  : t('moderation.private.acceptVideo')}
              </button>
            )}
            <button type="button" className="button small" onClick={onDismissUnmute}>
              {t('moderation.private.dismiss')}
            </button>
          </div>
        </section>
      )}
      {next && (
        <p className="private-notice" role="status">
          {t('moderation.private.offered')}
        </p>
      )}
    </div>
  );
}
