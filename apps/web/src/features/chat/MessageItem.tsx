import type { ChatMessage } from '@haven/protocol';
import { useTranslation } from 'react-i18next';
import { formatTime } from './format-time';
import './chat-safety.css';

interface MessageItemProps {
  message: ChatMessage;
  own: boolean;
  /** Who reads it: contact details hidden in it are explained differently to each. */
  reader: 'participant' | 'staff';
  /** Participants: tell the moderators about someone else's message. */
  onReport?: () => void;
  /** Moderators: removing it for everyone, in two steps (a slip of the thumb must not do it). */
  deletion?: {
    confirming: boolean;
    onAsk: () => void;
    onConfirm: () => void;
    onCancel: () => void;
  };
}

export function MessageItem({ message, own, reader, onReport, deletion }: MessageItemProps) {
  const { t, i18n } = useTranslation();
  const name = message.senderName;
  return (
    <li className={own ? 'message own' : 'message'}>
      <p className="message-meta">
        <bdi className="sender">{name}</bdi>{' '}
        <time dateTime={message.sentAt}>{formatTime(message.sentAt, i18n.language)}</time>
      </p>
      {message.removed ? (
        <p className="message-text removed">
          {message.removedBy === 'moderator' ? t('chat.removedByModerator') : t('chat.removed')}
        </p>
      ) : (
        <p className="message-text" dir="auto">
          {message.text}
        </p>
      )}
      {message.contactsHidden && !message.removed && (
        <p className="message-note">
          {reader === 'staff' ? t('chat.contactsHiddenStaff') : t('chat.contactsHidden')}
        </p>
      )}
      {/* After the text, not in the line with the name: the log reads "name, time, text" for
          every message, and on phones the floating Quick exit button does not cover it. */}
      {onReport && !message.removed && (
        <div className="message-actions">
          <button
            type="button"
            className="button small quiet message-report"
            aria-label={t('chat.report', { name })}
            onClick={onReport}
          >
            {t('chat.reportShort')}
          </button>
        </div>
      )}
      {deletion && !message.removed && (
        <div className="message-actions">
          {deletion.confirming ? (
            <>
              <span className="confirm-question">{t('chat.deleteQuestion')}</span>
              <button type="button" className="button small danger" onClick={deletion.onConfirm}>
                {t('chat.deleteConfirm')}
              </button>
              <button type="button" className="button small" onClick={deletion.onCancel}>
                {t('chat.cancel')}
              </button>
            </>
          ) : (
            <button
              type="button"
              className="button small quiet"
              aria-label={t('chat.delete', { name })}
              onClick={deletion.onAsk}
            >
              {t('chat.deleteShort')}
            </button>
          )}
        </div>
      )}
    </li>
  );
}
