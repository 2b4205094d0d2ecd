import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupView, StaffRole } from '@haven/protocol';
import { Field, useFocusFirstInvalid } from '../staff/Field';
import type { FieldError } from '../staff/form-check';
import { LoadStatus } from '../staff/LoadStatus';
import { SubmitStatus } from '../staff/SubmitStatus';
import { useLoad } from '../staff/use-load';
import { staffCall } from '../staff/use-staff-session';
import { useSubmit } from '../staff/use-submit';
import { rolesFor, type GroupStaffMember } from './group-staff';

interface AssignStaffFormProps {
  group: GroupView;
  onAssigned: (list: { staff: GroupStaffMember[] }) => void;
}

/** Puts a staff account on the group (or changes its role there). */
export function AssignStaffForm({ group, onAssigned }: AssignStaffFormProps) {
  const { t } = useTranslation('staff');
  const accounts = useLoad('staff', (signal) => staffCall('staff:list', { signal }));
  const [staffId, setStaffId] = useState('');
  const [role, setRole] = useState<StaffRole>('moderator');
  const [errors, setErrors] = useState<{ staffId?: FieldError }>({});
  const form = useFocusFirstInvalid(errors);
  const { state, run, busy } = useSubmit<{ staff: GroupStaffMember[] }>();

  const list = accounts.state.status === 'ready' ? accounts.state.data.staff : [];
  const chosen = list.find((account) => account.id === staffId);
  const roles = rolesFor(chosen);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setErrors(chosen ? {} : { staffId: { kind: 'required' } });
    if (!chosen) return;
    const asked = roles.includes(role) ? role : 'moderator';
    void run(() =>
      staffCall('groups:assign-staff', {
        params: { groupId: group.id, staffId: chosen.id },
        body: { role: asked },
      }),
    ).then((result) => {
      if (result?.ok) onAssigned(result.data);
    });
  };

  return (
    <form ref={form} className="staff-form subform" noValidate onSubmit={submit}>
      <h3>{t('groupStaff.assignHeading')}</h3>
      <LoadStatus state={accounts.state} onRetry={accounts.reload} />
      <Field label={t('groupStaff.person')} error={errors.staffId}>
        {(control) => (
          <select {...control} value={staffId} onChange={(e) => setStaffId(e.target.value)}>
            <option value="">{t('groupStaff.choose')}</option>
            {list.map((account) => (
              <option key={account.id} value={account.id}>
                {account.name} – {account.email}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('groupStaff.role')} hint={t('groupStaff.roleHint')}>
        {(control) => (
          <select
            {...control}
            value={roles.includes(role) ? role : 'moderator'}
            onChange={(e) => setRole(e.target.value as StaffRole)}
          >
            {roles.map((value) => (
              <option key={value} value={value}>
                {t(`roles.${value}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <button type="submit" className="button primary" aria-busy={busy}>
        {t('groupStaff.assign')}
      </button>
      <SubmitStatus state={state} busy={t('common.saving')} done={t('groupStaff.assigned')} />
    </form>
  );
}
