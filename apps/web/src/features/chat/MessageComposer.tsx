import { useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CHAT_TEXT_MAX } from '@haven/protocol';
import { LiveRegion } from '../../ui/LiveRegion';
import type { Bounced, SendOutcome } from '../room/session-controller';

type ComposerError = 'empty' | 'tooLong' | 'blocked';

interface MessageComposerProps {
  onSend: (text: string) => SendOutcome;
  /** Why nothing can be sent now; the Send button says so instead of sending. */
  blocked?: string | null;
  /** Nothing to write for now (a paused room, a chat mute): the field is read-only too. */
  readOnly?: boolean;
  /** A standing rule to know before writing (slow mode). */
  hint?: string | null;
  /** A message refused for its words: its text comes back here, with why. */
  bounced?: Bounced | null;
}

export function MessageComposer({
  onSend,
  blocked = null,
  readOnly = false,
  hint = null,
  bounced = null,
}: MessageComposerProps) {
  const { t } = useTranslation();
  const id = useId();
  const field = useRef<HTMLTextAreaElement>(null);
  const [text, setText] = useState('');
  const [error, setError] = useState<ComposerError | null>(null);
  const [seenBounce, setSeenBounce] = useState(bounced?.serial ?? null);

  // What they wrote is never lost: it comes back to the field, before anything typed since.
  if (bounced && bounced.serial !== seenBounce) {
    setSeenBounce(bounced.serial);
    setText((current) => (current.trim() === '' ? bounced.text : `${bounced.text}\n${current}`));
    setError('blocked');
  }

  const send = () => {
    if (blocked !== null) return;
    const outcome = onSend(text);
    if (outcome.ok) {
      setText('');
      setError(null);
      // Keep the keyboard open on phones for the next message.
      field.current?.focus();
    } else if (outcome.reason === 'empty') setError('empty');
    else if (outcome.reason === 'too-long') setError('tooLong');
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    send();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    // An input method (Arabic, Persian keyboards) uses Enter to confirm a composition.
    if (event.key !== 'Enter' || event.shiftKey || event.nativeEvent.isComposing) return;
    event.preventDefault();
    send();
  };

  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const blockedId = `${id}-blocked`;
  const ruleId = `${id}-rule`;
  return (
    <form className="composer" onSubmit={onSubmit}>
      {(blocked !== null || hint !== null) && (
        <div className="composer-reason">
          {blocked !== null && (
            <p id={blockedId} className="composer-blocked">
              {blocked}
            </p>
          )}
          {hint !== null && blocked === null && (
            <p id={ruleId} className="hint">
              {hint}
            </p>
          )}
        </div>
      )}
      <label htmlFor={`${id}-text`} className="visually-hidden">
        {t('chat.message')}
      </label>
      <textarea
        id={`${id}-text`}
        ref={field}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={onKeyDown}
        placeholder={t('chat.message')}
        rows={1}
        dir="auto"
        enterKeyHint="send"
        autoComplete="off"
        readOnly={readOnly}
        aria-invalid={error !== null}
        aria-describedby={[
          hintId,
          errorId,
          blocked !== null ? blockedId : null,
          hint !== null && blocked === null ? ruleId : null,
        ]
          .filter(Boolean)
          .join(' ')}
      />
      <button
        type="submit"
        className="button primary"
        // Focusable while unavailable, so the reason beside it can be found and read.
        aria-disabled={blocked !== null || undefined}
        aria-describedby={blocked !== null ? blockedId : undefined}
      >
        {t('chat.send')}
      </button>
      <p id={hintId} className="visually-hidden">
        {t('chat.hint')}
      </p>
      <LiveRegion id={errorId} className="field-error composer-error">
        {error === 'blocked'
          ? t('errors.MESSAGE_BLOCKED')
          : error && t(`chat.errors.${error}`, { max: CHAT_TEXT_MAX })}
      </LiveRegion>
    </form>
  );
}
