import { useTranslation } from 'react-i18next';
import { can } from '@haven/core';
import type { StaffView } from '@haven/protocol';
import { paths } from '../../app/routes';
import { FocusHeading } from '../../ui/FocusHeading';
import { Link } from '../../ui/Link';
import { useDocumentTitle } from '../../ui/use-document-title';
import { CrisisResourcesSection } from '../safety/CrisisResourcesSection';
import type { ListOwner } from '../safety/safety-lists';
import { WatchedWordsSection } from '../safety/WatchedWordsSection';

const PLATFORM: ListOwner = { kind: 'platform' };

/**
 * `/staff/platform`: the safety lists of the whole platform. Administrators keep them; other
 * staff may read them (the server shows them to any staff member, and refuses their changes).
 */
export function PlatformSafetyPage({ staff }: { staff: StaffView }) {
  const { t, i18n } = useTranslation('staff');
  const { t: common } = useTranslation();
  useDocumentTitle(common('app.documentTitleSession', { title: t('platform.title') }));
  const canEdit = can({ id: staff.id, role: staff.role, isAdmin: staff.isAdmin }, 'platform:edit');

  return (
    <>
      <p className="back">
        <Link href={paths.staffHome}>{t('group.back')}</Link>
      </p>
      <FocusHeading>{t('platform.title')}</FocusHeading>
      <p>{t('platform.intro')}</p>
      {!canEdit && <p className="notice">{t('platform.adminsOnly')}</p>}
      <CrisisResourcesSection owner={PLATFORM} language={i18n.language} canEdit={canEdit} />
      <WatchedWordsSection owner={PLATFORM} language={i18n.language} canEdit={canEdit} />
    </>
  );
}
