import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionInfo } from '@haven/protocol';
import { LiveRegion } from '../../ui/LiveRegion';
import { formatClock, formatDay, formatSessionWhen } from '../schedule/format-when';
import type { RoomOpening } from '../schedule/room-opening';

interface ScheduleNoticeProps {
  schedule: NonNullable<SessionInfo['schedule']>;
  opening: RoomOpening;
}

/** When a planned session takes place, on the reader's clock, and when its room lets them in. */
export function ScheduleNotice({ schedule, opening }: ScheduleNoticeProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  // Someone who waited on this page hears that the room has opened, not just a line vanish.
  const [waited, setWaited] = useState(false);
  if (opening.kind === 'not-yet' && !waited) setWaited(true);

  let status = '';
  if (opening.kind === 'not-yet')
    status = opening.sameDay
      ? t('join.schedule.opensToday', { time: formatClock(opening.opensAt, language) })
      : t('join.schedule.opensOn', {
          day: formatDay(opening.opensAt, language),
          time: formatClock(opening.opensAt, language),
        });
  else if (opening.kind === 'open' && waited) status = t('join.schedule.openNow');

  return (
    <div className="schedule-notice">
      <p>
        {t('join.schedule.when', {
          when: formatSessionWhen(schedule.startsAt, schedule.endsAt, language),
        })}
      </p>
      {opening.kind === 'cancelled' && <p className="notice">{t('join.schedule.cancelled')}</p>}
      <LiveRegion className="notice">{status}</LiveRegion>
    </div>
  );
}
