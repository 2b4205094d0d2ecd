import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '@haven/core';
import type { GroupView, StaffView } from '@haven/protocol';
import { paths } from '../../app/routes';
import { FocusHeading } from '../../ui/FocusHeading';
import { Link } from '../../ui/Link';
import { useDocumentTitle } from '../../ui/use-document-title';
import { NewGroupForm } from '../groups/NewGroupForm';
import { StaffAccounts } from './StaffAccounts';
import { StaffInviteForm } from './StaffInviteForm';
import { LoadStatus } from './LoadStatus';
import { useLoad } from './use-load';
import { staffCall } from './use-staff-session';

/** `/staff`: the person's groups; facilitators also create groups and invite staff here. */
export function StaffHomePage({ staff }: { staff: StaffView }) {
  const { t } = useTranslation('staff');
  const { t: common } = useTranslation();
  useDocumentTitle(common('app.documentTitleSession', { title: t('home.title') }));
  const actor = { id: staff.id, role: staff.role, isAdmin: staff.isAdmin };
  const headingId = useId();

  return (
    <>
      <FocusHeading id={headingId}>{t('home.title')}</FocusHeading>
      <GroupList staff={staff} labelledBy={headingId} />
      {can(actor, 'platform:edit') && <AdminLinks />}
      {can(actor, 'group:create') && <NewGroupForm />}
      {can(actor, 'staff:invite') && <StaffInviteForm />}
      {can(actor, 'staff:reset-password') && <StaffAccounts />}
    </>
  );
}

/** Administrators' pages about the whole platform rather than one group. */
function AdminLinks() {
  const { t } = useTranslation('staff');
  return (
    <nav className="staff-section" aria-label={t('home.adminLinks')}>
      <ul className="item-list">
        <li className="item">
          <Link className="item-title" href={paths.staffPlatform}>
            {t('platform.title')}
          </Link>
          <p className="item-meta">{t('platform.homeHint')}</p>
        </li>
      </ul>
    </nav>
  );
}

/** Groups in use first, archived ones last; by name within each. */
const order = (a: GroupView, b: GroupView) =>
  Number(a.archived) - Number(b.archived) || a.name.localeCompare(b.name);

function GroupList({ staff, labelledBy }: { staff: StaffView; labelledBy: string }) {
  const { t } = useTranslation('staff');
  const { state, reload } = useLoad('groups', (signal) => staffCall('groups:list', { signal }));

  return (
    <div className="staff-section">
      <LoadStatus state={state} onRetry={reload} />
      {state.status === 'ready' &&
        (state.data.groups.length === 0 ? (
          <p>{staff.role === 'facilitator' ? t('home.noGroups') : t('home.noGroupsModerator')}</p>
        ) : (
          <ul className="item-list" aria-labelledby={labelledBy}>
            {[...state.data.groups].sort(order).map((group) => (
              <li key={group.id} className="item">
                <Link className="item-title" href={paths.staffGroup(group.id)}>
                  <bdi>{group.name}</bdi>
                </Link>
                <p className="item-meta">
                  {group.myRole ? t(`roles.${group.myRole}`) : t('roles.admin')}
                  {' · '}
                  {t(`visibility.${group.visibility}`)}
                  {group.archived && (
                    <>
                      {' · '}
                      <span className="tag">{t('group.archivedTag')}</span>
                    </>
                  )}
                </p>
              </li>
            ))}
          </ul>
        ))}
    </div>
  );
}
