import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupView, StaffView } from '@haven/protocol';
import { LoadStatus } from '../staff/LoadStatus';
import { SubmitStatus } from '../staff/SubmitStatus';
import { useLoad } from '../staff/use-load';
import { staffCall } from '../staff/use-staff-session';
import { useSubmit } from '../staff/use-submit';
import { AssignStaffForm } from './AssignStaffForm';
import { isLastFacilitator, sortGroupStaff, type GroupStaffMember } from './group-staff';

interface GroupStaffProps {
  group: GroupView;
  canEdit: boolean;
  me: StaffView;
}

type StaffList = { staff: GroupStaffMember[] };

/** Who runs the group; facilitators assign and take off staff here. */
export function GroupStaff({ group, canEdit, me }: GroupStaffProps) {
  const { t } = useTranslation('staff');
  const headingId = useId();
  const { state, reload, update } = useLoad(group.id, (signal) =>
    staffCall('groups:staff', { params: { groupId: group.id }, signal }),
  );
  const removal = useSubmit<StaffList>();
  // The pressed button goes with the person: focus waits at the list's heading instead.
  const heading = useRef<HTMLHeadingElement>(null);
  const replace = (next: StaffList) => update(() => next);

  const remove = (member: GroupStaffMember) =>
    void removal
      .run(() =>
        staffCall('groups:unassign-staff', {
          params: { groupId: group.id, staffId: member.staffId },
        }),
      )
      .then((result) => {
        if (!result?.ok) return;
        replace(result.data);
        heading.current?.focus();
      });

  return (
    <section id="staff" className="staff-section" aria-labelledby={headingId}>
      <h2 id={headingId} ref={heading} tabIndex={-1}>
        {t('groupStaff.heading')}
      </h2>
      <LoadStatus state={state} onRetry={reload} />
      {state.status === 'ready' && (
        <ul className="item-list" aria-labelledby={headingId}>
          {sortGroupStaff(state.data.staff).map((member) => (
            <li key={member.staffId} className="item item-row">
              <div>
                <bdi className="item-title">{member.name}</bdi>
                {member.staffId === me.id && <span className="muted"> {t('common.you')}</span>}
                <p className="item-meta">{t(`roles.${member.role}`)}</p>
              </div>
              {/* Not oneself (another facilitator can), nor the group's last facilitator. */}
              {canEdit &&
                member.staffId !== me.id &&
                !isLastFacilitator(state.data.staff, member) && (
                  <button
                    type="button"
                    className="button small"
                    aria-label={t('groupStaff.remove', { name: member.name })}
                    onClick={() => remove(member)}
                  >
                    {t('groupStaff.removeShort')}
                  </button>
                )}
            </li>
          ))}
        </ul>
      )}
      <SubmitStatus
        state={removal.state}
        busy={t('common.saving')}
        done={t('groupStaff.removed')}
      />
      {canEdit && state.status === 'ready' && (
        <AssignStaffForm group={group} onAssigned={replace} />
      )}
    </section>
  );
}
