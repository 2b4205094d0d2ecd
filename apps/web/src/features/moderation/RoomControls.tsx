import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoomModeration } from '@haven/protocol';
import { Dialog } from '../../ui/Dialog';
import { formatDuration } from '../../ui/format-duration';
import { ToggleButton } from '../media/ToggleButton';
import type { RoomControls as Allowed } from './controls';
import { SLOW_MODE_CHOICES } from './durations';
import type { ModerationController } from './moderation-controller';

interface RoomControlsProps {
  allowed: Allowed;
  moderation: RoomModeration;
  act: ModerationController['act'];
}

/** The moderators' room-wide controls. Each toggle shows the room's state as the server says. */
export function RoomControls({ allowed, moderation, act }: RoomControlsProps) {
  const { t, i18n } = useTranslation();
  const [confirmingEnd, setConfirmingEnd] = useState(false);
  const { settings, muteAll } = moderation;
  if (!allowed.muteAll && !allowed.roomSettings && !allowed.endForAll) return null;
  // Slow mode set elsewhere to a length not offered here still shows as chosen.
  const slowChoices = [...new Set<number>([...SLOW_MODE_CHOICES, settings.slowModeSeconds])].sort(
    (a, b) => a - b,
  );

  return (
    <section className="mod-controls" aria-label={t('moderation.roomControls')}>
      <div className="mod-toggles">
        {allowed.muteAll && (
          <ToggleButton
            label={t('moderation.muteAll')}
            pressed={muteAll}
            onToggle={() => void act('mod:mute-all', { on: !muteAll })}
          />
        )}
        {allowed.roomSettings && (
          <>
            <ToggleButton
              label={t('moderation.lockRoom')}
              pressed={settings.locked}
              onToggle={() => void act('room:lock', { locked: !settings.locked })}
            />
            <ToggleButton
              label={t('moderation.pauseRoom')}
              pressed={settings.paused}
              onToggle={() => void act('room:pause', { paused: !settings.paused })}
            />
            <label className="inline-field">
              <span>{t('moderation.slowMode')}</span>
              <select
                value={settings.slowModeSeconds}
                onChange={(e) => void act('room:slow-mode', { seconds: Number(e.target.value) })}
              >
                {slowChoices.map((seconds) => (
                  <option key={seconds} value={seconds}>
                    {seconds === 0
                      ? t('moderation.slowOff')
                      : formatDuration(seconds, i18n.language)}
                  </option>
                ))}
              </select>
            </label>
          </>
        )}
        {allowed.endForAll && (
          <button type="button" className="button danger" onClick={() => setConfirmingEnd(true)}>
            {t('moderation.endForAll')}
          </button>
        )}
      </div>
      {confirmingEnd && (
        <Dialog title={t('moderation.endQuestion')} onClose={() => setConfirmingEnd(false)}>
          <p>{t('moderation.endConsequence')}</p>
          <div className="dialog-actions">
            <button
              type="button"
              className="button danger"
              onClick={() => {
                setConfirmingEnd(false);
                void act('room:end', {});
              }}
            >
              {t('moderation.endConfirm')}
            </button>
            <button type="button" className="button" onClick={() => setConfirmingEnd(false)}>
              {t('moderation.cancel')}
            </button>
          </div>
        </Dialog>
      )}
    </section>
  );
}
