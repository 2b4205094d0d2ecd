import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MuteKind, ParticipantView, RoomModeration } from '@haven/protocol';
import { hasAny, personControls } from '../moderation/controls';
import type { ModerationController } from '../moderation/moderation-controller';
import { PersonActions } from '../moderation/PersonActions';
import { handPlace, hasTurn, mutedKinds } from '../moderation/room-moderation';

interface ParticipantListProps {
  participants: readonly ParticipantView[];
  self: ParticipantView;
  moderation: RoomModeration;
  act: ModerationController['act'];
  turnSeconds: number;
  onTurnSeconds: (seconds: number) => void;
  /** Moderators: a private check-in with a participant. */
  onCheckIn: ((participantId: string) => void) | null;
  /** Participants: report someone to the moderators. */
  onReport: ((person: ParticipantView) => void) | null;
}

export function ParticipantList(props: ParticipantListProps) {
  const { participants, self, moderation, act, turnSeconds, onTurnSeconds } = props;
  const { onCheckIn, onReport } = props;
  const { t } = useTranslation();
  const headingId = useId();
  const [expanded, setExpanded] = useState<string | null>(null);
  const moderating = participants.some((p) => hasAny(personControls(self, p)));

  return (
    <section
      className={moderating ? 'participants moderating' : 'participants'}
      aria-labelledby={headingId}
    >
      <h2 id={headingId}>{t('room.participants')}</h2>
      <ul className="participant-list" aria-labelledby={headingId}>
        {participants.map((p) => {
          const controls = personControls(self, p);
          return (
            <li
              key={p.id}
              className={p.status === 'reconnecting' ? 'participant away' : 'participant'}
            >
              <span className="participant-line">
                <bdi className="name">{p.displayName}</bdi>
                {p.id === self.id && <span className="you"> {t('room.you')}</span>}
                {p.role !== 'participant' && (
                  <span className="badge"> {t(`room.roles.${p.role}`)}</span>
                )}
                {p.status === 'reconnecting' && (
                  <span className="presence"> {t('room.reconnecting')}</span>
                )}
                <Indicators moderation={moderation} participantId={p.id} />
              </span>
              {onReport && p.id !== self.id && (
                <button
                  type="button"
                  className="button quiet person-report"
                  aria-label={t('reports.person', { name: p.displayName })}
                  onClick={() => onReport(p)}
                >
                  {t('reports.personShort')}
                </button>
              )}
              {hasAny(controls) && (
                <PersonActions
                  person={p}
                  controls={controls}
                  moderation={moderation}
                  act={act}
                  turnSeconds={turnSeconds}
                  onTurnSeconds={onTurnSeconds}
                  expanded={expanded === p.id}
                  onExpand={(open) => setExpanded(open ? p.id : null)}
                  onCheckIn={onCheckIn && p.role === 'participant' ? () => onCheckIn(p.id) : null}
                />
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

const KIND_KEYS = {
  audio: 'moderation.kinds.audio',
  video: 'moderation.kinds.video',
  chat: 'moderation.kinds.chat',
} as const satisfies Record<MuteKind, string>;

/** Hand, floor and what a moderator muted, as everyone in the room sees them. */
function Indicators({
  moderation,
  participantId,
}: {
  moderation: RoomModeration;
  participantId: string;
}) {
  const { t, i18n } = useTranslation();
  const place = handPlace(moderation, participantId);
  // While the room is paused everyone is quiet: the pause says so once for all.
  const kinds = moderation.settings.paused ? [] : mutedKinds(moderation, participantId);
  const list = new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(
    kinds.map((kind) => t(KIND_KEYS[kind])),
  );
  return (
    <>
      {hasTurn(moderation, participantId) && (
        <span className="tag turn"> {t('moderation.indicators.turn')}</span>
      )}
      {place !== null && (
        <span className="tag hand"> {t('moderation.indicators.hand', { place })}</span>
      )}
      {kinds.length > 0 && (
        <span className="tag muted-tag"> {t('moderation.indicators.muted', { list })}</span>
      )}
    </>
  );
}
