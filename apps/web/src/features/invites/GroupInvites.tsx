import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupView, InviteView } from '@haven/protocol';
import { LoadStatus } from '../staff/LoadStatus';
import { useLoad } from '../staff/use-load';
import { staffCall } from '../staff/use-staff-session';
import { InviteForm } from './InviteForm';
import { InviteList } from './InviteList';
import { replaceInvite } from './invite-list';
import { NewInviteLink } from './NewInviteLink';

/**
 * Invite links to the group: made here, shown once (the server keeps only a hash), listed
 * after with their status, and withdrawn while they still work.
 */
export function GroupInvites({ group }: { group: GroupView }) {
  const { t } = useTranslation('staff');
  const headingId = useId();
  const { state, reload, update } = useLoad(group.id, (signal) =>
    staffCall('invites:list', { params: { groupId: group.id }, signal }),
  );
  const [fresh, setFresh] = useState<string | null>(null);

  const created = (invite: InviteView, link: string) => {
    setFresh(link);
    update((data) => ({ invites: [invite, ...data.invites] }));
  };
  const changed = (invite: InviteView) =>
    update((data) => ({ invites: replaceInvite(data.invites, invite) }));

  return (
    <section id="invites" className="staff-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('invites.heading')}</h2>
      <p className="muted">{t('invites.intro')}</p>
      {!group.archived && <InviteForm groupId={group.id} onCreated={created} />}
      {fresh && <NewInviteLink key={fresh} link={fresh} />}
      <LoadStatus state={state} onRetry={reload} />
      {state.status === 'ready' && (
        <InviteList
          groupId={group.id}
          invites={state.data.invites}
          labelledBy={headingId}
          onChanged={changed}
        />
      )}
    </section>
  );
}
