import { useTranslation } from 'react-i18next';
import type { OutboxEntry } from './outbox';
import './chat-safety.css';

interface PendingItemProps {
  entry: OutboxEntry;
  senderName: string;
  onRetry: (clientMsgId: string) => void;
  onDiscard: (clientMsgId: string) => void;
}

const CLASSES: Record<OutboxEntry['status'], string> = {
  pending: 'message own pending',
  failed: 'message own failed',
  held: 'message own held',
  declined: 'message own declined',
};

/**
 * One of this person's messages the room has not seen: on its way, not sent, waiting for a
 * moderator (a watched word held it; only the sender sees it), or not shared by a moderator.
 */
export function PendingItem({ entry, senderName, onRetry, onDiscard }: PendingItemProps) {
  const { t } = useTranslation();
  const { status } = entry;
  return (
    <li className={CLASSES[status]}>
      <p className="message-meta">
        <bdi className="sender">{senderName}</bdi>{' '}
        <span className="delivery">
          {status === 'failed'
            ? t('chat.notSent')
            : status === 'held'
              ? t('chat.held')
              : status === 'declined'
                ? t('chat.declined')
                : t('chat.sending')}
        </span>
      </p>
      {status === 'declined' ? (
        <p className="message-text removed">{t('chat.declinedHint')}</p>
      ) : (
        <p className="message-text" dir="auto">
          {entry.text}
        </p>
      )}
      {status === 'held' && <p className="message-note">{t('chat.heldHint')}</p>}
      {(status === 'failed' || status === 'declined') && (
        <div className="message-actions">
          {status === 'failed' && (
            <button
              type="button"
              className="button small"
              onClick={() => onRetry(entry.clientMsgId)}
            >
              {t('chat.retry')}
            </button>
          )}
          <button
            type="button"
            className="button small quiet"
            onClick={() => onDiscard(entry.clientMsgId)}
          >
            {status === 'declined' ? t('chat.dismiss') : t('chat.discard')}
          </button>
        </div>
      )}
    </li>
  );
}
