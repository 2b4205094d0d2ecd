import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChatMessage, ParticipantView } from '@haven/protocol';
import { formatDuration } from '../../ui/format-duration';
import { LiveRegion } from '../../ui/LiveRegion';
import type { ChatBlock } from '../moderation/chat-block';
import type { Bounced, Notice, SendOutcome } from '../room/session-controller';
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
  /** Why this person cannot post now (paused room, chat muted, slow mode), if so. */
  block: ChatBlock | null;
  /** Slow mode's length in seconds (0: off), said beside the composer. */
  slowModeSeconds: number;
  /** Moderators: remove a message for everyone. */
  onDelete: ((seq: number) => void) | null;
  /** Participants: report someone else's message to the moderators. */
  onReport: ((message: ChatMessage) => void) | null;
  /** A message refused for its words, given back to the composer. */
  bounced: Bounced | null;
}

export function ChatPanel(props: ChatPanelProps) {
  const { self, messages, outbox, catchingUp, canSend, onSend, onRetry, onDiscard } = props;
  const { block, slowModeSeconds, onDelete, onReport, bounced } = props;
  const { t, i18n } = useTranslation();
  const [confirming, setConfirming] = useState<number | null>(null);
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
            <MessageItem
              key={m.seq}
              message={m}
              own={m.senderId === self.id}
              reader={self.role === 'participant' ? 'participant' : 'staff'}
              onReport={onReport && m.senderId !== self.id ? () => onReport(m) : undefined}
              deletion={
                onDelete
                  ? {
                      confirming: confirming === m.seq,
                      onAsk: () => setConfirming(m.seq),
                      onCancel: () => setConfirming(null),
                      onConfirm: () => {
                        setConfirming(null);
                        onDelete(m.seq);
                      },
                    }
                  : undefined
              }
            />
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
          blocked={
            block === null
              ? null
              : block.kind === 'slow'
                ? t('chat.blocked.slow', { time: formatDuration(block.seconds, i18n.language) })
                : t(`chat.blocked.${block.kind}`)
          }
          // Paused or muted, there is nothing to write for; slow mode only delays the sending.
          readOnly={block !== null && block.kind !== 'slow'}
          hint={
            slowModeSeconds > 0 && self.role === 'participant'
              ? t('chat.slowMode', { duration: formatDuration(slowModeSeconds, i18n.language) })
              : null
          }
          bounced={bounced}
          onSend={(text) => {
            pin();
            return onSend(text);
          }}
        />
      )}
    </section>
  );
}
