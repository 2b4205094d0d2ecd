import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScheduledSession } from '@haven/protocol';
import { paths } from '../../app/routes';
import { Link } from '../../ui/Link';
import { sameWallClock } from './by-day';
import { ConfirmStep } from './ConfirmStep';
import { formatMoment, formatSessionWhen, zoneLabel } from './format-when';
import { MoveForm } from './MoveForm';
import { browserTimeZone } from './time-zones';

/** The one form open in the list: moving or cancelling one session. */
export interface Panel {
  sessionId: string;
  kind: 'move' | 'cancel';
}

interface ScheduledItemProps {
  session: ScheduledSession;
  canEdit: boolean;
  busy: boolean;
  panel: Panel | null;
  onPanel: (panel: Panel | null) => void;
  onMove: (start: string) => void;
  onCancel: () => void;
  onRestore: () => void;
}

/** One coming session: when (on the group's clock and, if it differs, the reader's), how, seats. */
export function ScheduledItem(props: ScheduledItemProps) {
  const { session, canEdit, busy, panel, onPanel } = props;
  const { t, i18n } = useTranslation('staff');
  const language = i18n.language;
  const zone = session.timeZone;
  const date = formatMoment(session.startsAt, language, zone);
  const mine = browserTimeZone();
  const showMine = !sameWallClock([session.startsAt, session.endsAt], zone, mine);
  const meetsAtVenue = session.format !== 'online' && !session.cancelled;

  const moveButton = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const dismiss = (kind: Panel['kind']) => {
    onPanel(null);
    // Back on the button that opened the form, not lost at the top of the page.
    (kind === 'move' ? moveButton : cancelButton).current?.focus();
  };
  const open = (kind: Panel['kind']) => onPanel({ sessionId: session.id, kind });

  return (
    <li className="item">
      <div className="item-row">
        <div>
          <p className="item-title">
            <bdi>{session.title}</bdi>{' '}
            {session.cancelled && <span className="tag">{t('schedule.cancelledTag')}</span>}{' '}
            {session.moved && <span className="tag">{t('schedule.movedTag')}</span>}
          </p>
          <p className="item-meta">
            {formatSessionWhen(session.startsAt, session.endsAt, language, zone)}{' '}
            <bdi dir="ltr">({zoneLabel(zone)})</bdi>
          </p>
          {showMine && (
            <p className="item-meta">
              {t('schedule.yourTime', {
                when: formatSessionWhen(session.startsAt, session.endsAt, language),
              })}
            </p>
          )}
          <p className="item-meta">
            {t(`schedule.formats.${session.format}`)}
            {session.venue && (
              <>
                {' · '}
                <bdi dir="auto">{session.venue.name}</bdi>
                {session.venue.address && (
                  <>
                    {', '}
                    <bdi dir="auto">{session.venue.address}</bdi>
                  </>
                )}
              </>
            )}
          </p>
          <p className="item-meta">
            {t('schedule.seats', {
              going: session.seats.going,
              capacity: session.capacity,
              waiting: session.seats.waitlisted,
            })}
          </p>
        </div>
        {(meetsAtVenue || canEdit) && (
          <div className="actions">
            {/* Any staff member of the group may run the door, moderators too (the server's rule). */}
            {meetsAtVenue && (
              <Link
                className="button small"
                href={paths.sessionCheckin(session.groupId, session.id)}
                aria-label={t('checkin.linkName', { date })}
              >
                {t('checkin.title')}
              </Link>
            )}
            {canEdit && session.cancelled && (
              <button
                type="button"
                className="button small"
                aria-label={t('schedule.restore', { date })}
                aria-busy={busy}
                onClick={props.onRestore}
              >
                {t('schedule.restoreShort')}
              </button>
            )}
            {canEdit && !session.cancelled && (
              <>
                <button
                  ref={moveButton}
                  type="button"
                  className="button small"
                  aria-label={t('schedule.move', { date })}
                  aria-expanded={panel?.kind === 'move'}
                  onClick={() => (panel?.kind === 'move' ? dismiss('move') : open('move'))}
                >
                  {t('schedule.moveShort')}
                </button>
                <button
                  ref={cancelButton}
                  type="button"
                  className="button small"
                  aria-label={t('schedule.cancel', { date })}
                  aria-expanded={panel?.kind === 'cancel'}
                  onClick={() => (panel?.kind === 'cancel' ? dismiss('cancel') : open('cancel'))}
                >
                  {t('schedule.cancelShort')}
                </button>
              </>
            )}
          </div>
        )}
      </div>
      {panel?.kind === 'move' && (
        <MoveForm
          session={session}
          date={date}
          busy={busy}
          onMove={props.onMove}
          onClose={() => dismiss('move')}
        />
      )}
      {panel?.kind === 'cancel' && (
        <ConfirmStep
          question={t('schedule.cancelQuestion', { date })}
          consequence={t('schedule.cancelConsequence')}
          confirm={t('schedule.cancelConfirm')}
          busy={busy}
          onConfirm={props.onCancel}
          onKeep={() => dismiss('cancel')}
        />
      )}
    </li>
  );
}
