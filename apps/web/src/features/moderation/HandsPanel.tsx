import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParticipantView, RoomModeration } from '@haven/protocol';
import { TurnLengthSelect } from './TurnLengthSelect';
import { useNow } from '../../ui/use-now';
import { WithName } from '../../ui/WithName';
import { ToggleButton } from '../media/ToggleButton';
import type { RoomControls } from './controls';
import { formatCountdown, secondsLeft } from './countdown';
import type { ModerationController } from './moderation-controller';
import { handPlace, hasTurn } from './room-moderation';

interface HandsPanelProps {
  self: ParticipantView;
  participants: readonly ParticipantView[];
  moderation: RoomModeration;
  allowed: RoomControls;
  turnSeconds: number;
  onTurnSeconds: (seconds: number) => void;
  act: ModerationController['act'];
}

/**
 * The raise-hand queue, in order, and who has the floor with the time left: the same for
 * everyone. Moderators give the floor, move people up, lower hands and end turns here.
 */
export function HandsPanel(props: HandsPanelProps) {
  const { self, participants, moderation, allowed, turnSeconds, onTurnSeconds, act } = props;
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const { raised, turn } = moderation.hands;
  const now = useNow(turn !== null);
  const nameOf = (id: string) => participants.find((p) => p.id === id)?.displayName ?? '…';
  const mine = handPlace(moderation, self.id);
  const speaking = hasTurn(moderation, self.id);
  const manage = allowed.manageHands;

  if (!allowed.raiseHand && !manage) return null;

  return (
    <section className="hands" aria-labelledby={headingId}>
      <h2 id={headingId} className="hands-heading">
        {t('hands.heading')}
      </h2>
      {turn && (
        <p className="hands-turn">
          <span>
            {speaking ? (
              t('hands.youSpeaking')
            ) : (
              <WithName
                sentence={(name) => t('hands.speaking', { name })}
                name={nameOf(turn.participantId)}
              />
            )}
          </span>{' '}
          <span className="countdown" role="timer">
            {t('hands.timeLeft', {
              time: formatCountdown(secondsLeft(turn.endsAt, now), i18n.language),
            })}
          </span>
        </p>
      )}
      {raised.length === 0 ? (
        !turn && <p className="muted hands-empty">{t('hands.none')}</p>
      ) : (
        <ol className="hand-queue" aria-labelledby={headingId}>
          {raised.map((id, index) => {
            const name = nameOf(id);
            return (
              <li key={id} className="hand">
                <bdi className="name">{name}</bdi>
                {id === self.id && <span className="you"> {t('room.you')}</span>}
                {manage && (
                  <span className="hand-actions">
                    <button
                      type="button"
                      className="button small primary"
                      aria-label={t('hands.grant', { name })}
                      onClick={() =>
                        void act('hand:grant-turn', { participantId: id, seconds: turnSeconds })
                      }
                    >
                      {t('hands.grantShort')}
                    </button>
                    {index > 0 && (
                      <button
                        type="button"
                        className="button small"
                        aria-label={t('hands.toFront', { name })}
                        onClick={() => void act('hand:move-to-front', { participantId: id })}
                      >
                        {t('hands.toFrontShort')}
                      </button>
                    )}
                    <button
                      type="button"
                      className="button small quiet"
                      aria-label={t('hands.lower', { name })}
                      onClick={() => void act('hand:lower', { participantId: id })}
                    >
                      {t('hands.lowerShort')}
                    </button>
                  </span>
                )}
              </li>
            );
          })}
        </ol>
      )}
      <div className="hands-actions">
        {allowed.raiseHand && !speaking && (
          <ToggleButton
            label={t('hands.raise')}
            pressed={mine !== null}
            onToggle={() => void (mine === null ? act('hand:raise', {}) : act('hand:lower', {}))}
          />
        )}
        {speaking && (
          <button type="button" className="button" onClick={() => void act('hand:end-turn', {})}>
            {t('hands.endMine')}
          </button>
        )}
        {manage && (
          <>
            <TurnLengthSelect seconds={turnSeconds} onChange={onTurnSeconds} />
            {turn && !speaking && (
              <button
                type="button"
                className="button"
                onClick={() => void act('hand:end-turn', {})}
              >
                {t('hands.endTurn')}
              </button>
            )}
            {raised.length > 0 && (
              <button
                type="button"
                className="button quiet"
                onClick={() => void act('hand:lower-all', {})}
              >
                {t('hands.lowerAll')}
              </button>
            )}
          </>
        )}
      </div>
      {mine !== null && <p className="hands-mine">{t('hands.yourPlace', { place: mine })}</p>}
    </section>
  );
}
