import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorBody, MyScheduledSession } from '@haven/protocol';
import { paths } from '../../app/routes';
import { callRoute } from '../../services/api';
import { Link } from '../../ui/Link';
import { LiveRegion } from '../../ui/LiveRegion';
import { useSubmit } from '../staff/use-submit';
import { icsFilename } from './calendar-file';
import { saveTextFile } from './download-file';
import { formatTimeRange } from './format-when';
import { RsvpAnswer } from './RsvpAnswer';

/** What the line under the buttons says after one of them did something. */
type Outcome = { kind: 'saved' } | { kind: 'failed'; error: ErrorBody };

interface MySessionItemProps {
  session: MyScheduledSession;
  /** The reader's zone, the one the page groups days by. */
  zone: string;
  onAnswered: (session: MyScheduledSession) => void;
}

/** One coming session: when and how, the person's answer, the way in, calendar files. */
export function MySessionItem({ session, zone, onAnswered }: MySessionItemProps) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const calendar = useSubmit<{ filename: string; ics: string }>();
  const times = formatTimeRange(session.startsAt, session.endsAt, i18n.language, zone);

  const download = (which: 'me:session-calendar' | 'me:series-calendar') =>
    void calendar
      .run(() => callRoute(which, { params: { sessionId: session.id } }))
      .then((result) => {
        if (!result) return;
        if (result.ok)
          saveTextFile(
            result.data.ics,
            icsFilename(result.data.filename, session.title),
            'text/calendar;charset=utf-8',
          );
        setOutcome(result.ok ? { kind: 'saved' } : { kind: 'failed', error: result.error });
      });

  let status = '';
  if (calendar.busy) status = t('mySessions.preparing');
  else if (outcome?.kind === 'saved') status = t('mySessions.saved');
  else if (outcome?.kind === 'failed') status = t(`errors.${outcome.error.code}`);

  return (
    <li>
      <article className="my-session" aria-labelledby={titleId}>
        <h3 id={titleId}>
          <bdi>{session.title}</bdi>
        </h3>
        <p className="my-session-meta">
          <bdi>{session.groupName}</bdi>
        </p>
        <p className="my-session-meta">
          <time dateTime={session.startsAt}>{times}</time> ·{' '}
          {t(`mySessions.formats.${session.format}`)}
        </p>
        {session.venue && (
          <p className="my-session-meta">
            {t('mySessions.venue')} <bdi dir="auto">{session.venue.name}</bdi>
            {session.venue.address && (
              <>
                {', '}
                <bdi dir="auto">{session.venue.address}</bdi>
              </>
            )}
          </p>
        )}
        {session.venue?.accessNotes && (
          <p className="my-session-meta" dir="auto">
            {session.venue.accessNotes}
          </p>
        )}
        {session.cancelled ? (
          <p className="notice">{t('mySessions.cancelled')}</p>
        ) : (
          <>
            <RsvpAnswer
              session={session}
              when={times}
              onAnswered={(next) => {
                setOutcome(null);
                onAnswered(next);
              }}
              onFailed={(error) => setOutcome({ kind: 'failed', error })}
            />
            <div className="actions">
              {session.joinable && (
                <Link className="button primary" href={paths.session(session.id)}>
                  {t('mySessions.join')}
                </Link>
              )}
              <button
                type="button"
                className="button"
                aria-busy={calendar.busy}
                onClick={() => download('me:session-calendar')}
              >
                {t('mySessions.addToCalendar')}
              </button>
              {session.seriesId !== null && (
                <button
                  type="button"
                  className="button"
                  aria-busy={calendar.busy}
                  onClick={() => download('me:series-calendar')}
                >
                  {t('mySessions.addSeries')}
                </button>
              )}
            </div>
          </>
        )}
        <LiveRegion className={outcome?.kind === 'failed' ? 'form-status error' : 'form-status'}>
          {status}
        </LiveRegion>
      </article>
    </li>
  );
}
