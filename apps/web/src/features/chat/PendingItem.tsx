import { useTranslation } from 'react-i18next';
import type { OutboxEntry } from './outbox';

interface PendingItemProps {
  entry: OutboxEntry;
  senderName: string;
  onRetry: (clientMsgId: string) => void;
  onDiscard: (clientMsgId: string) => void;
}

/** One of this person's messages the server has not confirmed yet. */
export function PendingItem({ entry, senderName, onRetry, onDiscard }: PendingItemProps) {
  const { t } = useTranslation();
  const failed = entry.status === 'failed';
  return (
    <li className={failed ? 'message own failed' : 'message own pending'}>
      <p className="message-meta">
        <bdi className="sender">{senderName}</bdi>{' '}
        <span className="delivery">{failed ? t('chat.notSent') : t('chat.sending')}</span>
      </p>
      <p className="message-text" dir="auto">
        {entry.text}
      </p>
      {failed && (
        <div className="message-actions">
          <button type="button" className="button small" onClick={() => onRetry(entry.clientMsgId)}>
            {t('chat.retry')}
          </button>
          <button
            type="button"
            className="button small quiet"
            onClick={() => onDiscard(entry.clientMsgId)}
          >
            {t('chat.discard')}
          </button>
        </div>
      )}
    </li>
  );
}
