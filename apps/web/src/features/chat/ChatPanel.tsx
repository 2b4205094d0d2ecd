import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChatMessage, ParticipantView } from '@haven/protocol';
import { LiveRegion } from '../../ui/LiveRegion';
import type { Notice, SendOutcome } from '../room/session-controller';
import type { Outbox } from './outbox';
import { MessageItem } from './MessageItem';
import { PendingItem } from './PendingItem';
import { MessageComposer } from './MessageComposer';
import { useStickToBottom } from './use-stick-to-bottom';
import { useFreshNotice } from './use-fresh-notice';

interface ChatPanelProps {
  self: ParticipantView;
  messages: readonly ChatMessage[];
  outbox: Outbox;
  catchingUp: boolean;
  canSend: boolean;
  notice: Notice | null;
  onSend: (text: string) => SendOutcome;
  onRetry: (clientMsgId: string) => void;
  onDiscard: (clientMsgId: string) => void;
}

export function ChatPanel(props: ChatPanelProps) {
  const { self, messages, outbox, catchingUp, canSend, onSend, onRetry, onDiscard } = props;
  const { t } = useTranslation();
  const headingId = useId();
  const { ref, onScroll, pin } = useStickToBottom<HTMLDivElement>(
    `${messages.length}:${outbox.length}:${messages[messages.length - 1]?.seq}`,
  );
  const notice = useFreshNotice(props.notice);
  const empty = messages.length === 0 && outbox.length === 0;

  return (
    <section className="chat" aria-labelledby={headingId}>
      <h2 id={headingId} className="visually-hidden">
        {t('chat.heading')}
      </h2>
      {/* Focusable so keyboard users can scroll it; a log announces new messages politely. */}
      <div
        ref={ref}
        onScroll={onScroll}
        className="chat-scroll"
        role="log"
        aria-labelledby={headingId}
        tabIndex={0}
      >
        {catchingUp && <p className="muted">{t('chat.catchingUp')}</p>}
        {empty && !catchingUp && <p className="muted">{t('chat.empty')}</p>}
        <ol className="message-list">
          {messages.map((m) => (
            <MessageItem key={m.seq} message={m} own={m.senderId === self.id} />
          ))}
          {outbox.map((entry) => (
            <PendingItem
              key={entry.clientMsgId}
              entry={entry}
              senderName={self.displayName}
              onRetry={onRetry}
              onDiscard={onDiscard}
            />
          ))}
        </ol>
      </div>
      <LiveRegion className={notice ? 'chat-notice' : 'chat-notice empty'}>
        {notice && t(`errors.${notice.code}`)}
      </LiveRegion>
      {canSend && (
        <MessageComposer
          onSend={(text) => {
            pin();
            return onSend(text);
          }}
        />
      )}
    </section>
  );
}
