import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { sortGroupStaff } from '../groups/group-staff';
import { LoadStatus } from '../staff/LoadStatus';
import { useLoad } from '../staff/use-load';
import { staffCall } from '../staff/use-staff-session';

interface ModeratorChoiceProps {
  groupId: string;
  chosen: readonly string[];
  onChange: (ids: string[]) => void;
}

/**
 * Who runs the session, from the group's moderators. Facilitators run every session of their
 * group anyway, so only moderators are offered.
 */
export function ModeratorChoice({ groupId, chosen, onChange }: ModeratorChoiceProps) {
  const { t } = useTranslation('staff');
  const id = useId();
  const { state, reload } = useLoad(groupId, (signal) =>
    staffCall('groups:staff', { params: { groupId }, signal }),
  );
  const moderators =
    state.status === 'ready'
      ? sortGroupStaff(state.data.staff).filter((member) => member.role === 'moderator')
      : [];
  const toggle = (staffId: string, on: boolean) =>
    onChange(on ? [...chosen, staffId] : chosen.filter((other) => other !== staffId));

  return (
    <fieldset className="field choices" aria-describedby={`${id}-hint`}>
      <legend>{t('schedule.moderators')}</legend>
      <p id={`${id}-hint`} className="hint">
        {t('schedule.moderatorsHint')}
      </p>
      <LoadStatus state={state} onRetry={reload} />
      {state.status === 'ready' && moderators.length === 0 && (
        <p className="muted">{t('schedule.noModerators')}</p>
      )}
      {moderators.map((member) => (
        <div key={member.staffId} className="check">
          <input
            id={`${id}-${member.staffId}`}
            type="checkbox"
            checked={chosen.includes(member.staffId)}
            onChange={(e) => toggle(member.staffId, e.target.checked)}
          />
          <label htmlFor={`${id}-${member.staffId}`}>
            <bdi>{member.name}</bdi>
          </label>
        </div>
      ))}
    </fieldset>
  );
}
