import { useId, useState, useSyncExternalStore, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LOBBY_MESSAGE_MAX } from '@haven/protocol';
import { LiveRegion } from '../../ui/LiveRegion';
import { formatTime } from '../chat/format-time';
import { ActionStatus } from '../moderation/ActionStatus';
import { DenyDialog } from './DenyDialog';
import type { LobbyBinding } from './lobby-binding';
import type { WaitingPerson } from './lobby-view';

/**
 * The moderators' door: who waits (oldest first), who was turned away, and a note for the people
 * waiting. Everything here is a request; the server's `lobby:changed` updates what it shows.
 */
export function LobbyPanel({ lobby }: { lobby: LobbyBinding }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const noteId = useId();
  const { view, arrived, refused } = useSyncExternalStore(lobby.subscribe, lobby.getSnapshot);
  const [denying, setDenying] = useState<WaitingPerson | null>(null);
  const [note, setNote] = useState('');
  const [posted, setPosted] = useState<string | null>(null);
  const waiting = view?.waiting ?? [];
  const denied = view?.denied ?? [];

  const postNote = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const text = note.trim();
    const result = await lobby.act('lobby:message', { text });
    if (result.ok)
      setPosted(text === '' ? t('room.lobby.noteCleared') : t('room.lobby.notePosted'));
  };

  return (
    <section className="lobby-panel" aria-labelledby={headingId}>
      <div className="lobby-head">
        <h2 id={headingId}>{t('room.lobby.title')}</h2>
        <span className={waiting.length > 0 ? 'count-badge active' : 'count-badge'}>
          {t('room.lobby.waitingCount', { count: waiting.length })}
        </span>
      </div>
      {/* Always in the DOM so each arrival is announced; only new arrivals fill it. */}
      <div role="alert" className="lobby-alert">
        {arrived &&
          t('room.lobby.arrived', {
            names: arrived.value.map((p) => p.displayName).join(', '),
          })}
      </div>
      <ActionStatus refused={refused} />
      {waiting.length === 0 ? (
        <p className="muted">{t('room.lobby.empty')}</p>
      ) : (
        <>
          <ul className="lobby-list" aria-labelledby={headingId}>
            {waiting.map((p) => (
              <li key={p.participantId} className="lobby-person">
                <span className="lobby-line">
                  <bdi className="name">{p.displayName}</bdi>{' '}
                  <span className="muted">
                    {t('room.lobby.since', { time: formatTime(p.since, i18n.language) })}
                  </span>
                </span>
                <span className="lobby-actions">
                  <button
                    type="button"
                    className="button small primary"
                    onClick={() =>
                      void lobby.act('lobby:admit', { participantId: p.participantId })
                    }
                  >
                    {t('room.lobby.admit', { name: p.displayName })}
                  </button>
                  <button type="button" className="button small" onClick={() => setDenying(p)}>
                    {t('room.lobby.deny', { name: p.displayName })}
                  </button>
                </span>
              </li>
            ))}
          </ul>
          <button
            type="button"
            className="button"
            onClick={() => void lobby.act('lobby:admit-all', {})}
          >
            {t('room.lobby.admitAll')}
          </button>
        </>
      )}
      <form className="lobby-note-form" onSubmit={(e) => void postNote(e)}>
        <label htmlFor={noteId}>{t('room.lobby.noteLabel')}</label>
        <div className="inline-form">
          <input
            id={noteId}
            type="text"
            value={note}
            maxLength={LOBBY_MESSAGE_MAX}
            aria-describedby={`${noteId}-hint`}
            onChange={(e) => setNote(e.target.value)}
          />
          <button type="submit" className="button">
            {t('room.lobby.notePost')}
          </button>
        </div>
        <p className="hint" id={`${noteId}-hint`}>
          {t('room.lobby.noteHint')}
        </p>
        <LiveRegion className="form-status">{posted}</LiveRegion>
      </form>
      {denied.length > 0 && (
        <>
          <h3>{t('room.lobby.deniedHeading')}</h3>
          <ul className="lobby-list">
            {denied.map((p) => (
              <li key={p.participantId} className="lobby-person">
                <bdi className="name">{p.displayName}</bdi>
                <button
                  type="button"
                  className="button small"
                  onClick={() =>
                    void lobby.act('lobby:allow-knock', { participantId: p.participantId })
                  }
                >
                  {t('room.lobby.allowKnock', { name: p.displayName })}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {denying && (
        <DenyDialog
          name={denying.displayName}
          onClose={() => setDenying(null)}
          onConfirm={(reason) => {
            setDenying(null);
            void lobby.act('lobby:deny', {
              participantId: denying.participantId,
              ...(reason !== '' && { reason }),
            });
          }}
        />
      )}
    </section>
  );
}
