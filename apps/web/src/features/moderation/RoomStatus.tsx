import { useTranslation } from 'react-i18next';
import type { RoomModeration } from '@haven/protocol';
import { formatDuration } from '../../ui/format-duration';
import { LiveRegion } from '../../ui/LiveRegion';

/**
 * What holds for the whole room now, in words, announced when it changes. Staff also see what
 * only they act on (locked, paused: participants see the pause as a screen of its own).
 */
export function RoomStatus({ moderation, staff }: { moderation: RoomModeration; staff: boolean }) {
  const { t, i18n } = useTranslation();
  const { settings, muteAll } = moderation;
  const lines = [
    staff && settings.paused && t('moderation.status.paused'),
    staff && settings.locked && t('moderation.status.locked'),
    muteAll && t('moderation.status.muteAll'),
    settings.slowModeSeconds > 0 &&
      t('moderation.status.slowMode', {
        duration: formatDuration(settings.slowModeSeconds, i18n.language),
      }),
  ].filter((line): line is string => typeof line === 'string');
  return (
    <LiveRegion className={lines.length > 0 ? 'room-status' : 'room-status empty'}>
      {lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
    </LiveRegion>
  );
}
