import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParticipantView } from '@haven/protocol';

interface ParticipantListProps {
  participants: readonly ParticipantView[];
  selfId: string;
}

export function ParticipantList({ participants, selfId }: ParticipantListProps) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="participants" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('room.participants')}</h2>
      <ul className="participant-list" aria-labelledby={headingId}>
        {participants.map((p) => (
          <li
            key={p.id}
            className={p.status === 'reconnecting' ? 'participant away' : 'participant'}
          >
            <bdi className="name">{p.displayName}</bdi>
            {p.id === selfId && <span className="you"> {t('room.you')}</span>}
            {p.role !== 'participant' && (
              <span className="badge"> {t(`room.roles.${p.role}`)}</span>
            )}
            {p.status === 'reconnecting' && (
              <span className="presence"> {t('room.reconnecting')}</span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
