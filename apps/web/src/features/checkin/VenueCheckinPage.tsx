import { useTranslation } from 'react-i18next';
import { paths } from '../../app/routes';
import { FocusHeading } from '../../ui/FocusHeading';
import { Link } from '../../ui/Link';
import { useDocumentTitle } from '../../ui/use-document-title';
import { WithName } from '../../ui/WithName';
import { formatSessionWhen } from '../schedule/format-when';
import { useLoad } from '../staff/use-load';
import { staffCall } from '../staff/use-staff-session';
import { CodePanel } from './CodePanel';
import { RosterPanel } from './RosterPanel';

interface VenueCheckinPageProps {
  groupId: string;
  sessionId: string;
}

/**
 * `/staff/groups/<groupId>/sessions/<sessionId>/check-in`: the tablet at the venue's door. The
 * code, big enough to read across the room, and its QR; under it, who is here and a way to
 * check people in by hand.
 */
export function VenueCheckinPage({ groupId, sessionId }: VenueCheckinPageProps) {
  const { t, i18n } = useTranslation('staff');
  const { t: common } = useTranslation();
  // Only for the title and time: the page works without it.
  const { state } = useLoad(groupId, (signal) =>
    staffCall('schedule:list', { params: { groupId }, signal }),
  );
  const session =
    state.status === 'ready' ? state.data.sessions.find((s) => s.id === sessionId) : undefined;
  useDocumentTitle(
    common('app.documentTitleSession', {
      title: session ? t('checkin.titleOf', { title: session.title }) : t('checkin.title'),
    }),
  );

  return (
    <>
      <p className="back">
        <Link href={paths.staffGroup(groupId)}>{t('checkin.back')}</Link>
      </p>
      <FocusHeading>
        {session ? (
          <WithName sentence={(title) => t('checkin.titleOf', { title })} name={session.title} />
        ) : (
          t('checkin.title')
        )}
      </FocusHeading>
      {session && (
        <p className="muted">
          {formatSessionWhen(session.startsAt, session.endsAt, i18n.language, session.timeZone)}
          {session.venue && (
            <>
              {' · '}
              <bdi dir="auto">{session.venue.name}</bdi>
            </>
          )}
        </p>
      )}
      <div className="venue-checkin">
        <CodePanel groupId={groupId} sessionId={sessionId} />
        <RosterPanel groupId={groupId} sessionId={sessionId} />
      </div>
    </>
  );
}
