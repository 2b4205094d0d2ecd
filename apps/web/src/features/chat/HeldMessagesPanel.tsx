import { Fragment, useId, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { LiveRegion } from '../../ui/LiveRegion';
import { ActionStatus } from '../moderation/ActionStatus';
import { formatTime } from './format-time';
import type { HeldBinding } from './held-binding';
import { senderNumbers } from './held-queue';
import { useRefocus } from './use-refocus';
import '../../ui/side-panel.css';

/**
 * Moderators: messages a "hold" watched word kept back. Nobody but the sender has seen them;
 * a moderator shares each with the room or deletes it. Compact, and only a line when empty.
 */
export function HeldMessagesPanel({ held: binding }: { held: HeldBinding }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const { held, arrived, missed, refused } = useSyncExternalStore(
    binding.subscribe,
    binding.getSnapshot,
  );
  const [deciding, setDeciding] = useState<string | null>(null);
  const numbers = senderNumbers(held);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const refocus = useRefocus(listRef, headingRef);

  const decide = async (heldId: string, share: boolean) => {
    if (deciding) return;
    setDeciding(heldId);
    // The next one down, else the one above: where a moderator works through the queue.
    const index = held.findIndex((m) => m.id === heldId);
    const neighbours = [...held.slice(index + 1), ...held.slice(0, index).reverse()];
    await (share ? binding.share(heldId) : binding.remove(heldId));
    setDeciding(null);
    const left = binding.getSnapshot().held;
    if (left.some((m) => m.id === heldId)) return;
    refocus(neighbours.find((m) => left.some((l) => l.id === m.id))?.id ?? null);
  };

  return (
    <section
      className={held.length > 0 ? 'side-panel held-panel waiting' : 'side-panel held-panel empty'}
      aria-labelledby={headingId}
    >
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        {held.length > 0 ? t('held.titleCount', { count: held.length }) : t('held.title')}
      </h2>
      <LiveRegion className="visually-hidden">
        {missed && (!arrived || missed.serial > arrived.serial)
          ? t('held.missed', { count: missed.value })
          : arrived && t('held.arrived', { name: arrived.value.senderName })}
      </LiveRegion>
      {held.length === 0 ? (
        <p className="muted">{t('held.empty')}</p>
      ) : (
        <>
          <p className="hint">{t('held.hint')}</p>
          <ul ref={listRef} className="side-list" aria-labelledby={headingId}>
            {held.map((m) => {
              const number = numbers.get(m.id) ?? null;
              const name = m.senderName;
              return (
                <li key={m.id} className="side-item" data-item={m.id}>
                  <p className="message-meta">
                    <bdi className="sender">{name}</bdi>{' '}
                    <time dateTime={m.sentAt}>{formatTime(m.sentAt, i18n.language)}</time>
                  </p>
                  <p className="message-text" dir="auto">
                    {m.text}
                  </p>
                  {m.phrases && m.phrases.length > 0 && (
                    <p className="hint">
                      <Phrases
                        phrases={m.phrases}
                        language={i18n.language}
                        sentence={(phrases) => t('held.matched', { phrases })}
                      />
                    </p>
                  )}
                  <div className="panel-row">
                    <button
                      type="button"
                      className="button small"
                      aria-label={
                        number === null
                          ? t('held.share', { name })
                          : t('held.shareNumbered', { name, number })
                      }
                      aria-disabled={deciding !== null}
                      aria-busy={deciding === m.id}
                      onClick={() => void decide(m.id, true)}
                    >
                      {t('held.shareShort')}
                    </button>
                    <button
                      type="button"
                      className="button small danger-outline"
                      aria-label={
                        number === null
                          ? t('held.delete', { name })
                          : t('held.deleteNumbered', { name, number })
                      }
                      aria-disabled={deciding !== null}
                      aria-busy={deciding === m.id}
                      onClick={() => void decide(m.id, false)}
                    >
                      {t('held.deleteShort')}
                    </button>
                  </div>
                </li>
              );
            })}
          </ul>
        </>
      )}
      <ActionStatus refused={refused} />
    </section>
  );
}

/** A character nobody types into a phrase: it marks where the list goes in the sentence. */
const MARK = '\u2063';

/**
 * The matched phrases as a list in the reader's language, each in <bdi>: an Arabic phrase in an
 * English sentence (or the reverse) keeps its own direction, and the commas stay between them.
 */
function Phrases({
  phrases,
  language,
  sentence,
}: {
  phrases: readonly string[];
  language: string;
  sentence: (phrases: string) => string;
}) {
  const [before = '', after = ''] = sentence(MARK).split(MARK);
  const parts = new Intl.ListFormat(language, { type: 'unit' }).formatToParts(phrases);
  return (
    <>
      {before}
      {parts.map((part, i) =>
        part.type === 'element' ? (
          <bdi key={i}>{part.value}</bdi>
        ) : (
          <Fragment key={i}>{part.value}</Fragment>
        ),
      )}
      {after}
    </>
  );
}
