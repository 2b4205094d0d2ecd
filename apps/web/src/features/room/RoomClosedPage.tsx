import { useTranslation } from 'react-i18next';
import { paths } from '../../app/routes';
import { FocusHeading } from '../../ui/FocusHeading';
import { Link } from '../../ui/Link';
import { PageShell } from '../../ui/PageShell';
import { useDocumentTitle } from '../../ui/use-document-title';

/**
 * The room is over for this person: a moderator took them out, or ended the session for all.
 * A calm page that says what happened; nothing joins again by itself.
 */
export function RoomClosedPage({ reason }: { reason: 'removed' | 'ended' }) {
  const { t } = useTranslation();
  const title = reason === 'removed' ? t('room.closed.removedTitle') : t('room.closed.endedTitle');
  useDocumentTitle(t('app.documentTitleSession', { title }));
  return (
    <PageShell>
      <FocusHeading>{title}</FocusHeading>
      <p>{reason === 'removed' ? t('room.closed.removedBody') : t('room.closed.endedBody')}</p>
      <p>
        <Link href={paths.home}>{t('room.closed.home')}</Link>
      </p>
    </PageShell>
  );
}
