import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupView } from '@haven/protocol';
import { LoadStatus } from '../staff/LoadStatus';
import { SubmitStatus } from '../staff/SubmitStatus';
import { useLoad } from '../staff/use-load';
import { staffCall } from '../staff/use-staff-session';
import { useSubmit } from '../staff/use-submit';
import { answerRequest, countMembers, sortMembers, type Member } from './members';

/** Members by pseudonym only, and requests to join, which facilitators answer here. */
export function GroupMembers({ group, canEdit }: { group: GroupView; canEdit: boolean }) {
  const { t } = useTranslation('staff');
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const { state, reload, update } = useLoad(group.id, (signal) =>
    staffCall('groups:members', { params: { groupId: group.id }, signal }),
  );
  const answer = useSubmit<object>();

  const respond = (member: Member, choice: 'approve' | 'decline') =>
    void answer
      .run(() =>
        staffCall(choice === 'approve' ? 'groups:admit-member' : 'groups:decline-member', {
          params: { groupId: group.id, participantId: member.participantId },
        }),
      )
      .then((result) => {
        if (!result?.ok) return;
        update((data) => ({ members: answerRequest(data.members, member.participantId, choice) }));
        // The buttons pressed are gone: focus waits at the list's heading.
        heading.current?.focus();
      });

  const members = state.status === 'ready' ? state.data.members : [];
  const counts = countMembers(members);

  return (
    <section id="members" className="staff-section" aria-labelledby={headingId}>
      <h2 id={headingId} ref={heading} tabIndex={-1}>
        {t('members.heading')}
      </h2>
      <LoadStatus state={state} onRetry={reload} />
      {state.status === 'ready' && (
        <>
          <p className="muted">
            {members.length === 0
              ? t('members.none')
              : t('members.count', { admitted: counts.admitted, waiting: counts.waiting })}
          </p>
          <ul className="item-list" aria-labelledby={headingId}>
            {sortMembers(members).map((member) => (
              <li key={member.participantId} className="item item-row">
                <div>
                  <bdi className="item-title">{member.displayName}</bdi>
                  <p className="item-meta">
                    {member.status === 'requested' ? (
                      <span className="tag waiting">{t('members.requested')}</span>
                    ) : (
                      t('members.admitted')
                    )}
                  </p>
                </div>
                {canEdit && member.status === 'requested' && (
                  <div className="actions">
                    <button
                      type="button"
                      className="button small primary"
                      aria-label={t('members.approve', { name: member.displayName })}
                      onClick={() => respond(member, 'approve')}
                    >
                      {t('members.approveShort')}
                    </button>
                    <button
                      type="button"
                      className="button small"
                      aria-label={t('members.decline', { name: member.displayName })}
                      onClick={() => respond(member, 'decline')}
                    >
                      {t('members.declineShort')}
                    </button>
                  </div>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      <SubmitStatus state={answer.state} busy={t('common.saving')} done={t('members.answered')} />
    </section>
  );
}
