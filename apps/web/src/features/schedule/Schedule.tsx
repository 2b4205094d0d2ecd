import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupView } from '@haven/protocol';
import { LoadStatus } from '../staff/LoadStatus';
import { useLoad } from '../staff/use-load';
import { staffCall } from '../staff/use-staff-session';
import { zoneLabel } from './format-when';
import { PlanForm } from './PlanForm';
import { ScheduleList } from './ScheduleList';

/**
 * The group's planned sessions on its own clock. Facilitators plan, move, cancel and stop
 * series here; moderators see what is coming. Every change reloads the list from the server,
 * which alone knows how a series unfolds.
 */
export function Schedule({ group, canEdit }: { group: GroupView; canEdit: boolean }) {
  const { t } = useTranslation('staff');
  const headingId = useId();
  // Loaded again when the group's zone changes: the server gives the times on its clock.
  const { state, reload } = useLoad(`${group.id}|${group.timeZone}`, (signal) =>
    staffCall('schedule:list', { params: { groupId: group.id }, signal }),
  );

  return (
    <section id="schedule" className="staff-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('schedule.heading')}</h2>
      <p className="muted">{t('schedule.intro', { zone: zoneLabel(group.timeZone) })}</p>
      {canEdit && !group.archived && <PlanForm group={group} onScheduled={reload} />}
      <LoadStatus state={state} onRetry={reload} />
      {state.status === 'ready' && (
        <ScheduleList
          group={group}
          sessions={state.data.sessions}
          canEdit={canEdit}
          onChanged={reload}
        />
      )}
    </section>
  );
}
