import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { WARNING_MAX, type ParticipantView, type RoomModeration } from '@haven/protocol';
import { formatDuration } from '../../ui/format-duration';
import { TurnLengthSelect } from './TurnLengthSelect';
import type { PersonControls } from './controls';
import { DEFAULT_TIMEOUT_MIN, TIMEOUT_CHOICES } from './durations';
import type { ModerationController } from './moderation-controller';
import { handPlace, isMuted } from './room-moderation';
import { RemoveDialog } from './RemoveDialog';

interface PersonActionsProps {
  person: ParticipantView;
  controls: PersonControls;
  moderation: RoomModeration;
  act: ModerationController['act'];
  turnSeconds: number;
  onTurnSeconds: (seconds: number) => void;
  /** One person's extra actions are open at a time. */
  expanded: boolean;
  onExpand: (open: boolean) => void;
  /** A private check-in with this person (participants only); null where there can be none. */
  onCheckIn: (() => void) | null;
}

/**
 * A moderator's controls for one person: mute and remove at hand, the rest (camera, chat,
 * asking to unmute, warnings, timeouts, hands) one tap further.
 */
export function PersonActions(props: PersonActionsProps) {
  const { person, controls, moderation, act, expanded, onExpand } = props;
  const { t } = useTranslation();
  const panelId = useId();
  const [removing, setRemoving] = useState(false);
  const name = person.displayName;
  const participantId = person.id;
  const audioMuted = isMuted(moderation, participantId, 'audio');

  return (
    <div className="person-actions">
      <div className="person-buttons">
        {controls.mute && (
          <button
            type="button"
            className="button small"
            aria-label={t(audioMuted ? 'moderation.unmute' : 'moderation.mute', { name })}
            onClick={() =>
              void act(audioMuted ? 'mod:unmute' : 'mod:mute', { participantId, kind: 'audio' })
            }
          >
            {t(audioMuted ? 'moderation.unmuteShort' : 'moderation.muteShort')}
          </button>
        )}
        {controls.remove && (
          <button
            type="button"
            className="button small danger-outline"
            aria-label={t('moderation.remove', { name })}
            onClick={() => setRemoving(true)}
          >
            {t('moderation.removeShort')}
          </button>
        )}
        {(controls.mute || controls.hands || controls.sanction) && (
          <button
            type="button"
            className="button small quiet"
            aria-label={t('moderation.more', { name })}
            aria-expanded={expanded}
            aria-controls={panelId}
            onClick={() => onExpand(!expanded)}
          >
            {t('moderation.moreShort')}
          </button>
        )}
      </div>
      {expanded && (
        <div
          id={panelId}
          className="person-panel"
          role="group"
          aria-label={t('moderation.actionsFor', { name })}
        >
          <MorePanel {...props} />
        </div>
      )}
      {removing && (
        <RemoveDialog
          name={name}
          onClose={() => setRemoving(false)}
          onConfirm={(choice) => {
            setRemoving(false);
            void act('mod:remove', { participantId, ...choice });
          }}
        />
      )}
    </div>
  );
}

function MorePanel({
  person,
  controls,
  moderation,
  act,
  turnSeconds,
  onTurnSeconds,
  onCheckIn,
}: PersonActionsProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const participantId = person.id;
  const muted = (kind: 'audio' | 'video' | 'chat') => isMuted(moderation, participantId, kind);
  const raised = handPlace(moderation, participantId) !== null;
  const [warning, setWarning] = useState('');
  const [minutes, setMinutes] = useState<number>(DEFAULT_TIMEOUT_MIN);
  const [warned, setWarned] = useState(false);

  const toggle = (kind: 'video' | 'chat') =>
    void act(muted(kind) ? 'mod:unmute' : 'mod:mute', { participantId, kind });

  const warn = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const text = warning.trim();
    if (!text) return;
    void act('mod:warn', { participantId, text }).then((result) => {
      if (!result.ok) return;
      setWarning('');
      setWarned(true);
    });
  };

  return (
    <>
      {onCheckIn && (
        <div className="panel-row">
          <button
            type="button"
            className="button small"
            aria-label={t('talk.checkIn', { name: person.displayName })}
            onClick={onCheckIn}
          >
            {t('talk.checkInShort')}
          </button>
        </div>
      )}
      {controls.mute && (
        <div className="panel-row">
          {muted('audio') && (
            <button
              type="button"
              className="button small"
              onClick={() => void act('mod:ask-unmute', { participantId, kind: 'audio' })}
            >
              {t('moderation.askUnmute')}
            </button>
          )}
          <button type="button" className="button small" onClick={() => toggle('video')}>
            {muted('video') ? t('moderation.unmuteCamera') : t('moderation.muteCamera')}
          </button>
          {muted('video') && (
            <button
              type="button"
              className="button small"
              onClick={() => void act('mod:ask-unmute', { participantId, kind: 'video' })}
            >
              {t('moderation.askCamera')}
            </button>
          )}
          <button type="button" className="button small" onClick={() => toggle('chat')}>
            {muted('chat') ? t('moderation.unmuteChat') : t('moderation.muteChat')}
          </button>
        </div>
      )}
      {controls.hands && (
        <div className="panel-row">
          {raised && (
            <>
              <button
                type="button"
                className="button small"
                onClick={() => void act('hand:lower', { participantId })}
              >
                {t('moderation.lowerHand')}
              </button>
              <button
                type="button"
                className="button small"
                onClick={() => void act('hand:move-to-front', { participantId })}
              >
                {t('moderation.moveToFront')}
              </button>
            </>
          )}
          <TurnLengthSelect seconds={turnSeconds} onChange={onTurnSeconds} />
          <button
            type="button"
            className="button small primary"
            onClick={() => void act('hand:grant-turn', { participantId, seconds: turnSeconds })}
          >
            {t('moderation.grantTurn')}
          </button>
        </div>
      )}
      {controls.sanction && (
        <>
          <form className="panel-form" onSubmit={warn}>
            <label htmlFor={`${id}-warning`}>{t('moderation.warning')}</label>
            <p id={`${id}-warning-hint`} className="hint">
              {t('moderation.warningHint')}
            </p>
            <textarea
              id={`${id}-warning`}
              rows={2}
              dir="auto"
              maxLength={WARNING_MAX}
              value={warning}
              aria-describedby={`${id}-warning-hint`}
              onChange={(e) => {
                setWarning(e.target.value);
                setWarned(false);
              }}
            />
            <button type="submit" className="button small">
              {t('moderation.warn')}
            </button>
            <span role="status" className="panel-done">
              {warned && t('moderation.warned')}
            </span>
          </form>
          <div className="panel-row">
            <label className="inline-field">
              <span>{t('moderation.timeoutLength')}</span>
              <select value={minutes} onChange={(e) => setMinutes(Number(e.target.value))}>
                {TIMEOUT_CHOICES.map((m) => (
                  <option key={m} value={m}>
                    {formatDuration(m * 60, i18n.language)}
                  </option>
                ))}
              </select>
            </label>
            <button
              type="button"
              className="button small"
              onClick={() => void act('mod:timeout', { participantId, minutes })}
            >
              {t('moderation.timeout')}
            </button>
          </div>
          <p className="hint">{t('moderation.timeoutHint')}</p>
        </>
      )}
    </>
  );
}
