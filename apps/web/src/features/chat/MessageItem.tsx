import type { ChatMessage } from '@haven/protocol';
import { useTranslation } from 'react-i18next';
import { formatTime } from './format-time';

export function MessageItem({ message, own }: { message: ChatMessage; own: boolean }) {
  const { t, i18n } = useTranslation();
  return (
    <li className={own ? 'message own' : 'message'}>
      <p className="message-meta">
        <bdi className="sender">{message.senderName}</bdi>{' '}
        <time dateTime={message.sentAt}>{formatTime(message.sentAt, i18n.language)}</time>
      </p>
      {message.removed ? (
        <p className="message-text removed">{t('chat.removed')}</p>
      ) : (
        <p className="message-text" dir="auto">
          {message.text}
        </p>
      )}
    </li>
  );
}
