import { useId, useState, type FormEvent, type Ref, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { CHAT_TEXT_MAX, type TalkMessage } from '@haven/protocol';
import { WithName } from '../../ui/WithName';
import { formatTime } from '../chat/format-time';
import { useStickToBottom } from '../chat/use-stick-to-bottom';
import { CrisisResources } from './CrisisResources';
import { useFocusRescue } from './private-talks-focus';
import { useCrisisResources } from './use-crisis-resources';
import './room-safety.css';

interface TalkConversationProps {
  messages: readonly TalkMessage[];
  selfId: string;
  /** A participant's app shows shared crisis resources in their language; moderators a line. */
  reader: 'participant' | 'moderator';
  groupId: string;
  /** The conversation's name, saying with whom it is. */
  label: string;
  /** Where focus goes when the field it was in goes away (the check-in ended meanwhile). */
  endedFocus: RefObject<HTMLElement | null>;
  /** Null once the check-in has ended: what was said stays, the field goes. */
  composer: {
    /** The field's name, saying who reads it. */
    label: string;
    /** The send button's name; its visible text is always "Send privately". */
    sendName: string;
    onSend: (text: string) => Promise<boolean>;
    fieldRef?: Ref<HTMLInputElement>;
  } | null;
}

/** The messages of one private check-in, and (while it is open) a field to write in it. */
export function TalkConversation({
  messages,
  selfId,
  reader,
  groupId,
  label,
  endedFocus,
  composer,
}: TalkConversationProps) {
  const { t, i18n } = useTranslation();
  const shared = reader === 'participant' && messages.some((m) => m.kind === 'resources');
  const resources = useCrisisResources(groupId, i18n.language, shared);
  // The newest message stays in view, as in the room's chat, unless the reader scrolled back.
  const { ref, onScroll, pin } = useStickToBottom<HTMLDivElement>(
    `${messages.length}:${messages[messages.length - 1]?.id}`,
  );

  return (
    <>
      {messages.length === 0 ? (
        <p className="muted">{t('talk.noMessages')}</p>
      ) : (
        // Focusable so keyboard users can scroll it. Not live: the panel's own live region
        // announces each message once, with who sent it.
        <div
          ref={ref}
          onScroll={onScroll}
          className="talk-log"
          role="log"
          aria-live="off"
          aria-label={label}
          tabIndex={0}
        >
          <ol className="talk-list">
            {messages.map((m) => (
              <li key={m.id} className={m.senderId === selfId ? 'talk-note own' : 'talk-note'}>
                <p className="message-meta">
                  <bdi className="sender">{m.senderName}</bdi>{' '}
                  <time dateTime={m.sentAt}>{formatTime(m.sentAt, i18n.language)}</time>
                </p>
                {m.kind === 'text' ? (
                  <p className="message-text" dir="auto">
                    {m.text}
                  </p>
                ) : reader === 'moderator' ? (
                  <p className="message-text">
                    <WithName
                      name={m.senderName}
                      sentence={(name) => t('talk.resourcesShared', { name })}
                    />
                  </p>
                ) : (
                  <div className="talk-resources">
                    <p className="message-text">
                      <WithName
                        name={m.senderName}
                        sentence={(name) => t('talk.resourcesIntro', { name })}
                      />
                    </p>
                    <SharedResources {...resources} />
                  </div>
                )}
              </li>
            ))}
          </ol>
        </div>
      )}
      {composer ? (
        <TalkComposer
          {...composer}
          endedFocus={endedFocus}
          onSend={(text) => {
            // Writing brings the reader back to the newest message.
            pin();
            return composer.onSend(text);
          }}
        />
      ) : (
        <p className="talk-ended">{t('talk.ended')}</p>
      )}
    </>
  );
}

function SharedResources({ loaded, retry }: ReturnType<typeof useCrisisResources>) {
  const { t } = useTranslation();
  if (loaded.kind === 'ready') return <CrisisResources list={loaded.list} />;
  if (loaded.kind === 'failed')
    return (
      <>
        <p>{t('safety.resources.failed', { reason: t(`errors.${loaded.code}`) })}</p>
        <button type="button" className="button small" onClick={retry}>
          {t('safety.tryAgain')}
        </button>
      </>
    );
  return <p className="muted">{t('safety.resources.loading')}</p>;
}

function TalkComposer({
  label,
  sendName,
  onSend,
  fieldRef,
  endedFocus,
}: NonNullable<TalkConversationProps['composer']> & {
  endedFocus: TalkConversationProps['endedFocus'];
}) {
  const { t } = useTranslation();
  const id = useId();
  const formRef = useFocusRescue<HTMLFormElement>(endedFocus);
  const [draft, setDraft] = useState('');
  const [sending, setSending] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const text = draft.trim();
    if (text === '' || sending) return;
    setSending(true);
    // The text stays in the field until it is stored, so a refusal loses nothing.
    if (await onSend(text)) setDraft('');
    setSending(false);
  };

  return (
    <form ref={formRef} className="inline-form talk-composer" onSubmit={(e) => void submit(e)}>
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <input
        ref={fieldRef}
        id={id}
        type="text"
        dir="auto"
        autoComplete="off"
        value={draft}
        maxLength={CHAT_TEXT_MAX}
        placeholder={label}
        onChange={(e) => setDraft(e.target.value)}
      />
      {/* aria-disabled, not disabled: the button keeps focus while the message is stored. */}
      <button
        type="submit"
        className="button primary"
        aria-label={sendName === t('talk.send') ? undefined : sendName}
        aria-disabled={sending}
      >
        {t('talk.send')}
      </button>
    </form>
  );
}
