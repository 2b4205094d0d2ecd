import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MyScheduledSession } from '@haven/protocol';
import { paths } from '../../app/routes';
import { callRoute } from '../../services/api';
import { deviceTokens } from '../../services/device';
import { FocusHeading } from '../../ui/FocusHeading';
import { Link } from '../../ui/Link';
import { LiveRegion } from '../../ui/LiveRegion';
import { PageShell } from '../../ui/PageShell';
import { useDocumentTitle } from '../../ui/use-document-title';
import { useNow } from '../../ui/use-now';
import type { FlushedCheckin } from '../checkin/checkin-queue';
import { CheckinReport } from '../checkin/CheckinReport';
import { useCheckinFlush } from '../checkin/use-checkin-flush';
import { useLoad } from '../staff/use-load';
import { groupByDay } from './by-day';
import { CalendarFeeds } from './CalendarFeeds';
import { formatDay } from './format-when';
import { MySessionItem } from './MySessionItem';
import { comingSessions } from './schedule-list';
import { browserTimeZone } from './time-zones';

/**
 * `/sessions`: the coming sessions of this device's groups, by day on the person's own clock,
 * with their answer to each, a way in when the room is open, and calendar files.
 */
export function MySessionsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('app.documentTitleSession', { title: t('mySessions.title') }));
  // Read once: a device without an identity has nothing to ask the server about.
  const [hasIdentity] = useState(() => deviceTokens.load() !== null);
  // Check-ins typed at a venue without signal go out when this page opens, or comes back online.
  const [checkins, setCheckins] = useState<FlushedCheckin[]>([]);
  useCheckinFlush(setCheckins);
  return (
    <PageShell>
      <FocusHeading>{t('mySessions.title')}</FocusHeading>
      <LiveRegion>
        <CheckinReport report={checkins} />
      </LiveRegion>
      {hasIdentity ? <Schedule /> : <p>{t('mySessions.none')}</p>}
      <p>
        <Link href={paths.home}>{t('mySessions.home')}</Link>
      </p>
    </PageShell>
  );
}

function Schedule() {
  const { t, i18n } = useTranslation();
  const { state, reload, update } = useLoad('me:schedule', (signal) =>
    callRoute('me:schedule', { signal }),
  );
  const now = useNow(true, 60_000);
  const zone = browserTimeZone();

  if (state.status === 'loading')
    return <LiveRegion className="status-line">{t('mySessions.loading')}</LiveRegion>;
  if (state.status === 'failed') {
    // The server does not know this device's identity (its data was deleted, say).
    if (state.error.code === 'UNAUTHENTICATED') return <p>{t('mySessions.none')}</p>;
    return (
      <>
        <p role="alert">{t(`errors.${state.error.code}`)}</p>
        <button type="button" className="button" onClick={reload}>
          {t('mySessions.retry')}
        </button>
      </>
    );
  }

  const coming = comingSessions(state.data.sessions, now);
  if (coming.length === 0) return <p>{t('mySessions.empty')}</p>;
  const thisYear = new Date(now).getFullYear();
  const replace = (next: MyScheduledSession) =>
    update((data) => ({
      sessions: data.sessions.map((s) => (s.id === next.id ? next : s)),
    }));

  return (
    <>
      <p>{t('mySessions.intro')}</p>
      {groupByDay(coming, zone).map((day) => (
        <DaySection
          key={day.day}
          title={formatDay(
            day.firstStart,
            i18n.language,
            zone,
            Number(day.day.slice(0, 4)) !== thisYear,
          )}
        >
          {day.items.map((session) => (
            <MySessionItem key={session.id} session={session} zone={zone} onAnswered={replace} />
          ))}
        </DaySection>
      ))}
      <CalendarFeeds sessions={coming} />
    </>
  );
}

function DaySection({ title, children }: { title: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <section className="day" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      <ul className="my-sessions">{children}</ul>
    </section>
  );
}
