import { useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CHAT_TEXT_MAX } from '@haven/protocol';
import { LiveRegion } from '../../ui/LiveRegion';
import type { SendOutcome } from '../room/session-controller';

type ComposerError = 'empty' | 'tooLong';

export function MessageComposer({ onSend }: { onSend: (text: string) => SendOutcome }) {
  const { t } = useTranslation();
  const id = useId();
  const field = useRef<HTMLTextAreaElement>(null);
  const [text, setText] = useState('');
  const [error, setError] = useState<ComposerError | null>(null);

  const send = () => {
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
  return (
    <form className="composer" onSubmit={onSubmit}>
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
        aria-invalid={error !== null}
        aria-describedby={`${hintId} ${errorId}`}
      />
      <button type="submit" className="button primary">
        {t('chat.send')}
      </button>
      <p id={hintId} className="visually-hidden">
        {t('chat.hint')}
      </p>
      <LiveRegion id={errorId} className="field-error composer-error">
        {error && t(`chat.errors.${error}`, { max: CHAT_TEXT_MAX })}
      </LiveRegion>
    </form>
  );
}
