import { useEffect, useId, useRef, useState, useSyncExternalStore, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CHAT_TEXT_MAX } from '@haven/protocol';
import { LiveRegion } from '../../ui/LiveRegion';
import { formatTime } from '../chat/format-time';
import { ActionStatus } from '../moderation/ActionStatus';
import type { ModChatBinding } from './mod-chat-binding';

/**
 * The moderators' private channel in the room: co-moderators agree who takes the lobby or who
 * checks in with someone, without the room seeing. Participants never receive any of it.
 */
export function ModChatPanel({ modChat, selfId }: { modChat: ModChatBinding; selfId: string }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const inputId = useId();
  const { messages, arrived, refused } = useSyncExternalStore(
    modChat.subscribe,
    modChat.getSnapshot,
  );
  const [draft, setDraft] = useState('');
  const [sending, setSending] = useState(false);
  const listRef = useRef<HTMLOListElement>(null);

  // The newest message stays in view, as in the room's chat.
  useEffect(() => {
    const list = listRef.current;
    if (list) list.scrollTop = list.scrollHeight;
  }, [messages.length]);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const text = draft.trim();
    if (text === '' || sending) return;
    setSending(true);
    // The text stays in the box until it is stored, so a refusal loses nothing.
    if (await modChat.send(text)) setDraft('');
    setSending(false);
  };

  return (
    <section className="modchat-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('room.modChat.title')}</h2>
      <p className="hint" id={`${inputId}-hint`}>
        {t('room.modChat.hint')}
      </p>
      <LiveRegion className="modchat-arrived">
        {arrived &&
          t('room.modChat.arrived', { name: arrived.value.senderName, text: arrived.value.text })}
      </LiveRegion>
      {messages.length === 0 ? (
        <p className="muted">{t('room.modChat.empty')}</p>
      ) : (
        <ol ref={listRef} className="modchat-list" aria-labelledby={headingId}>
          {messages.map((m) => (
            <li key={m.id} className={m.senderId === selfId ? 'modchat-note own' : 'modchat-note'}>
              <span className="message-meta">
                <bdi className="sender">{m.senderName}</bdi>{' '}
                <time dateTime={m.sentAt}>{formatTime(m.sentAt, i18n.language)}</time>
              </span>{' '}
              <span className="modchat-text" dir="auto">
                {m.text}
              </span>
            </li>
          ))}
        </ol>
      )}
      <ActionStatus refused={refused} />
      <form className="inline-form" onSubmit={(e) => void submit(e)}>
        <label htmlFor={inputId} className="visually-hidden">
          {t('room.modChat.label')}
        </label>
        <input
          id={inputId}
          type="text"
          dir="auto"
          autoComplete="off"
          value={draft}
          maxLength={CHAT_TEXT_MAX}
          placeholder={t('room.modChat.label')}
          aria-describedby={`${inputId}-hint`}
          onChange={(e) => setDraft(e.target.value)}
        />
        {/* aria-disabled, not disabled: the button keeps focus while the note is stored. */}
        <button type="submit" className="button" aria-disabled={sending}>
          {t('room.modChat.send')}
        </button>
      </form>
    </section>
  );
}
