import { useId, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { LiveRegion } from '../../ui/LiveRegion';
import { ActionStatus } from '../moderation/ActionStatus';
import { formatTime } from './format-time';
import type { HeldBinding } from './held-binding';
import { senderNumbers } from './held-queue';
import '../../ui/side-panel.css';

/**
 * Moderators: messages a "hold" watched word kept back. Nobody but the sender has seen them;
 * a moderator shares each with the room or deletes it. Compact, and only a line when empty.
 */
export function HeldMessagesPanel({ held: binding }: { held: HeldBinding }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const { held, arrived, refused } = useSyncExternalStore(binding.subscribe, binding.getSnapshot);
  const [deciding, setDeciding] = useState<string | null>(null);
  const numbers = senderNumbers(held);

  const decide = async (heldId: string, share: boolean) => {
    if (deciding) return;
    setDeciding(heldId);
    await (share ? binding.share(heldId) : binding.remove(heldId));
    setDeciding(null);
  };

  return (
    <section
      className={held.length > 0 ? 'side-panel held-panel waiting' : 'side-panel held-panel empty'}
      aria-labelledby={headingId}
    >
      <h2 id={headingId}>
        {held.length > 0 ? t('held.titleCount', { count: held.length }) : t('held.title')}
      </h2>
      <LiveRegion className="visually-hidden">
        {arrived && t('held.arrived', { name: arrived.value.senderName })}
      </LiveRegion>
      {held.length === 0 ? (
        <p className="muted">{t('held.empty')}</p>
      ) : (
        <>
          <p className="hint">{t('held.hint')}</p>
          <ul className="side-list" aria-labelledby={headingId}>
            {held.map((m) => {
              const number = numbers.get(m.id) ?? null;
              const name = m.senderName;
              return (
                <li key={m.id} className="side-item">
                  <p className="message-meta">
                    <bdi className="sender">{name}</bdi>{' '}
                    <time dateTime={m.sentAt}>{formatTime(m.sentAt, i18n.language)}</time>
                  </p>
                  <p className="message-text" dir="auto">
                    {m.text}
                  </p>
                  {m.phrases && m.phrases.length > 0 && (
                    <p className="hint">
                      {t('held.matched', {
                        phrases: new Intl.ListFormat(i18n.language, { type: 'unit' }).format(
                          m.phrases,
                        ),
                      })}
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
