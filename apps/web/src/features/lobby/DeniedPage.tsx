import { useTranslation } from 'react-i18next';
import { paths } from '../../app/routes';
import { FocusHeading } from '../../ui/FocusHeading';
import { Link } from '../../ui/Link';
import { PageShell } from '../../ui/PageShell';
import { useDocumentTitle } from '../../ui/use-document-title';

/** A moderator did not let this person in: a calm page that says so, with their reason. */
export function DeniedPage({ reason }: { reason: string | null }) {
  const { t } = useTranslation();
  const title = t('room.lobby.deniedTitle');
  useDocumentTitle(t('app.documentTitleSession', { title }));
  return (
    <PageShell>
      <FocusHeading>{title}</FocusHeading>
      {reason !== null && (
        <p className="lobby-note">
          {t('room.lobby.deniedReason')} <bdi>{reason}</bdi>
        </p>
      )}
      <p>{t('room.lobby.deniedBody')}</p>
      <p>
        <Link href={paths.home}>{t('room.closed.home')}</Link>
      </p>
    </PageShell>
  );
}
