import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { InviteView } from '@haven/protocol';
import { Field, useFocusFirstInvalid } from '../staff/Field';
import type { FieldErrors } from '../staff/form-check';
import { SubmitStatus } from '../staff/SubmitStatus';
import { staffCall } from '../staff/use-staff-session';
import { useSubmit } from '../staff/use-submit';
import {
  checkInviteDraft,
  EXPIRY_DAYS,
  MAX_USES,
  newInviteDraft,
  type InviteDraft,
} from './invite-form';

interface InviteFormProps {
  groupId: string;
  onCreated: (invite: InviteView, link: string) => void;
}

export function InviteForm({ groupId, onCreated }: InviteFormProps) {
  const { t } = useTranslation('staff');
  const [draft, setDraft] = useState<InviteDraft>(newInviteDraft);
  const [errors, setErrors] = useState<FieldErrors<keyof InviteDraft>>({});
  const form = useFocusFirstInvalid(errors);
  const { state, run, busy } = useSubmit<{ invite: InviteView; link: string }>();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const check = checkInviteDraft(draft);
    setErrors(check.ok ? {} : check.errors);
    if (!check.ok) return;
    void run(() => staffCall('invites:create', { params: { groupId }, body: check.value })).then(
      (result) => {
        if (result?.ok) onCreated(result.data.invite, result.data.link);
      },
    );
  };

  return (
    <form ref={form} className="staff-form subform" noValidate onSubmit={submit}>
      <h3>{t('invites.newHeading')}</h3>
      <Field
        label={t('invites.expiresIn')}
        hint={t('invites.expiresInHint', { min: EXPIRY_DAYS.min, max: EXPIRY_DAYS.max })}
        error={errors.expiresInDays}
      >
        {(control) => (
          <input
            {...control}
            type="number"
            inputMode="numeric"
            min={EXPIRY_DAYS.min}
            max={EXPIRY_DAYS.max}
            step={1}
            value={draft.expiresInDays}
            onChange={(e) => setDraft({ ...draft, expiresInDays: e.target.value })}
            className="narrow"
          />
        )}
      </Field>
      <Field
        label={t('invites.maxUses')}
        hint={t('invites.maxUsesHint', { max: MAX_USES.max })}
        error={errors.maxUses}
      >
        {(control) => (
          <input
            {...control}
            type="number"
            inputMode="numeric"
            min={MAX_USES.min}
            max={MAX_USES.max}
            step={1}
            value={draft.maxUses}
            onChange={(e) => setDraft({ ...draft, maxUses: e.target.value })}
            className="narrow"
          />
        )}
      </Field>
      <button type="submit" className="button primary" aria-busy={busy}>
        {t('invites.submit')}
      </button>
      <SubmitStatus state={state} busy={t('common.creating')} done={t('invites.created')} />
    </form>
  );
}
