import { useTranslation } from 'react-i18next';
import { can } from '@haven/core';
import type { GroupView, StaffView } from '@haven/protocol';
import { paths } from '../../app/routes';
import { FocusHeading } from '../../ui/FocusHeading';
import { Link } from '../../ui/Link';
import { LiveRegion } from '../../ui/LiveRegion';
import { useDocumentTitle } from '../../ui/use-document-title';
import { AttendanceSection } from '../dashboard/AttendanceSection';
import { GroupInvites } from '../invites/GroupInvites';
import { CrisisResourcesSection } from '../safety/CrisisResourcesSection';
import { WatchedWordsSection } from '../safety/WatchedWordsSection';
import { Schedule } from '../schedule/Schedule';
import { useErrorText } from '../staff/use-error-text';
import { useLoad } from '../staff/use-load';
import { staffCall } from '../staff/use-staff-session';
import { AgreementSection } from './AgreementSection';
import { GroupBans } from './GroupBans';
import { GroupMembers } from './GroupMembers';
import { GroupSessions } from './GroupSessions';
import { GroupSettings } from './GroupSettings';
import { GroupStaff } from './GroupStaff';

/** The page's sections, by the id of each and the key of its heading. */
const SECTIONS = [
  ['schedule', 'schedule.heading'],
  ['sessions', 'sessions.heading'],
  ['attendance', 'dashboard.heading'],
  ['invites', 'invites.heading'],
  ['members', 'members.heading'],
  ['bans', 'bans.heading'],
  ['staff', 'groupStaff.heading'],
  ['agreement', 'agreement.heading'],
  ['crisis', 'crisis.heading'],
  ['watched-words', 'watched.heading'],
  ['settings', 'settings.heading'],
] as const;

/** Sections the group's facilitators (and administrators) see, as the server allows. */
const FACILITATORS_ONLY: ReadonlySet<string> = new Set(['invites', 'bans', 'attendance']);

/**
 * `/staff/groups/<groupId>`: everything about one group. Its facilitators (and administrators)
 * change it; its moderators see it. The server decides; this only hides what would be refused.
 */
export function GroupPage({ groupId, staff }: { groupId: string; staff: StaffView }) {
  const { t } = useTranslation('staff');
  const { t: common } = useTranslation();
  const errorText = useErrorText();
  const { state, reload, update } = useLoad(groupId, (signal) =>
    staffCall('groups:get', { params: { groupId }, signal }),
  );
  const group = state.status === 'ready' ? state.data : null;
  useDocumentTitle(common('app.documentTitleSession', { title: group?.name ?? t('group.title') }));

  const back = (
    <p className="back">
      <Link href={paths.staffHome}>{t('group.back')}</Link>
    </p>
  );

  if (state.status === 'loading')
    return (
      <>
        {back}
        <LiveRegion className="status-line">{t('common.loading')}</LiveRegion>
      </>
    );
  if (state.status === 'failed') {
    const gone = ['NOT_FOUND', 'FORBIDDEN'].includes(state.error.code);
    return (
      <>
        {back}
        <FocusHeading>{gone ? t('group.notFoundTitle') : t('group.title')}</FocusHeading>
        <p role="alert">{gone ? t('group.notFoundBody') : errorText(state.error)}</p>
        {!gone && (
          <button type="button" className="button" onClick={reload}>
            {t('common.retry')}
          </button>
        )}
      </>
    );
  }

  const loaded = state.data;
  const canEdit = can(
    { id: staff.id, role: loaded.myRole ?? null, isAdmin: staff.isAdmin },
    'group:edit',
  );
  const changed = (next: GroupView) => update(() => next);
  const owner = { kind: 'group', groupId: loaded.id } as const;

  return (
    <>
      {back}
      <FocusHeading>
        <bdi>{loaded.name}</bdi>
      </FocusHeading>
      <p className="muted">
        {loaded.myRole
          ? t('group.yourRole', { role: t(`roles.${loaded.myRole}`) })
          : t('group.adminRole')}
      </p>
      {loaded.archived && <p className="notice">{t('group.archivedNotice')}</p>}
      <nav className="on-this-page" aria-label={t('group.onThisPage')}>
        <ul>
          {SECTIONS.filter(([id]) => canEdit || !FACILITATORS_ONLY.has(id)).map(([id, heading]) => (
            <li key={id}>
              <a href={`#${id}`}>{t(heading)}</a>
            </li>
          ))}
        </ul>
      </nav>
      {/* What a facilitator does most often comes first; settings, rarely changed, last. */}
      <Schedule group={loaded} canEdit={canEdit} />
      <GroupSessions group={loaded} canEdit={canEdit} />
      {canEdit && <AttendanceSection group={loaded} />}
      {canEdit && <GroupInvites group={loaded} />}
      <GroupMembers group={loaded} canEdit={canEdit} />
      {canEdit && <GroupBans group={loaded} />}
      <GroupStaff group={loaded} canEdit={canEdit} me={staff} />
      <AgreementSection group={loaded} canEdit={canEdit} onChanged={changed} />
      <CrisisResourcesSection owner={owner} language={loaded.language} canEdit={canEdit} />
      <WatchedWordsSection owner={owner} language={loaded.language} canEdit={canEdit} />
      <GroupSettings group={loaded} canEdit={canEdit} onChanged={changed} />
    </>
  );
}
