import { useEffect, useId, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { SupportAlert } from '@haven/protocol';
import { LiveRegion } from '../../ui/LiveRegion';
import { WithName } from '../../ui/WithName';
import '../../ui/side-panel.css';
import { formatTime } from '../chat/format-time';
import { ActionStatus } from '../moderation/ActionStatus';
import { playChime } from './chime';
import { unanswered } from './support-alerts';
import type { SupportBinding } from './support-binding';

/**
 * Moderators: the private calls for support in this session: someone pressed "I need support",
 * or a message matched a watched word of the "flag" kind. A new call chimes and is said for what
 * it is: someone asking, at once (assertively); a watched word, politely, since nobody asked. It
 * stays at the top, prominent, until a moderator takes it on. From here a moderator can also
 * check in privately with the person.
 */
export function SupportAlertsPanel({
  support,
  onCheckIn,
}: {
  support: SupportBinding;
  /** Opens (or joins) a private check-in with someone. */
  onCheckIn: (participantId: string) => Promise<boolean>;
}) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const { alerts, arrived, refused } = useSyncExternalStore(support.subscribe, support.getSnapshot);
  const [taking, setTaking] = useState<string | null>(null);
  const chimed = useRef(0);
  const count = unanswered(alerts);
  const names = (calls: readonly SupportAlert[]) =>
    new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(
      calls.map((a) => a.displayName),
    );
  const asked = arrived?.value.filter((a) => a.reason !== 'watched-words') ?? [];
  const watched = arrived?.value.filter((a) => a.reason === 'watched-words') ?? [];

  // Once per new call, even when StrictMode runs effects twice.
  useEffect(() => {
    if (!arrived || arrived.serial === chimed.current) return;
    chimed.current = arrived.serial;
    playChime();
  }, [arrived]);

  const respond = async (alertId: string) => {
    if (taking) return;
    setTaking(alertId);
    await support.acknowledge(alertId);
    setTaking(null);
  };

  // Checking in is responding: the other moderators see who took the call on.
  const checkIn = async (alert: SupportAlert) => {
    if (taking) return;
    setTaking(alert.id);
    if ((await onCheckIn(alert.participantId)) && alert.acknowledged === null)
      await support.acknowledge(alert.id);
    setTaking(null);
  };

  // Calls nobody has taken on first, oldest of them first: the one waiting longest.
  const ordered = [
    ...alerts.filter((a) => a.acknowledged === null),
    ...alerts.filter((a) => a.acknowledged !== null),
  ];
  // One way to check in with each person, on their first call: every button's name is unique.
  const firstCall = new Set(
    ordered
      .filter((a, i) => ordered.findIndex((b) => b.participantId === a.participantId) === i)
      .map((a) => a.id),
  );

  return (
    <section
      className={count > 0 ? 'support-panel calling' : 'support-panel'}
      aria-labelledby={headingId}
    >
      <h2 id={headingId}>
        {count > 0 ? t('safety.alerts.titleCount', { count }) : t('safety.alerts.title')}
      </h2>
      {/* Always in the DOM, so the announcement of a new call is not lost. */}
      <div role="alert" aria-live="assertive" aria-atomic="true" className="visually-hidden">
        {asked.length > 0 && t('safety.alerts.arrived', { names: names(asked) })}
      </div>
      <LiveRegion className="visually-hidden">
        {watched.length > 0 && t('safety.alerts.arrivedWatched', { names: names(watched) })}
      </LiveRegion>
      {ordered.length === 0 ? (
        <p className="muted">{t('safety.alerts.empty')}</p>
      ) : (
        <ul className="side-list" aria-labelledby={headingId}>
          {ordered.map((alert) => (
            <li
              key={alert.id}
              className={
                alert.acknowledged ? 'side-item support-call' : 'side-item support-call unanswered'
              }
            >
              <p className="support-who">
                {alert.reason === 'watched-words' ? (
                  <span className="sender">
                    <WithName
                      name={alert.displayName}
                      sentence={(name) => t('safety.alerts.watched', { name })}
                    />
                  </span>
                ) : (
                  <bdi className="sender">{alert.displayName}</bdi>
                )}{' '}
                <span className="muted">
                  {alert.reason === 'watched-words'
                    ? t('safety.alerts.at', { time: formatTime(alert.raisedAt, i18n.language) })
                    : t('safety.alerts.raised', {
                        time: formatTime(alert.raisedAt, i18n.language),
                      })}
                </span>
              </p>
              {alert.acknowledged ? (
                <p className="support-taken">
                  {t('safety.alerts.responding', { name: alert.acknowledged.name })}
                </p>
              ) : (
                <button
                  type="button"
                  className="button primary small"
                  aria-busy={taking === alert.id}
                  aria-disabled={taking !== null}
                  onClick={() => void respond(alert.id)}
                >
                  {t('safety.alerts.respond', { name: alert.displayName })}
                </button>
              )}
              {firstCall.has(alert.id) && (
                <button
                  type="button"
                  className="button small"
                  aria-label={t('talk.checkIn', { name: alert.displayName })}
                  aria-busy={taking === alert.id}
                  aria-disabled={taking !== null}
                  onClick={() => void checkIn(alert)}
                >
                  {t('talk.checkInShort')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <ActionStatus refused={refused} />
    </section>
  );
}
