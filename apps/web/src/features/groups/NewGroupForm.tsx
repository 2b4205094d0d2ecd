import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AGREEMENT_MAX, type GroupView } from '@haven/protocol';
import { navigate } from '../../app/navigation';
import { paths } from '../../app/routes';
import { Field, useFocusFirstInvalid } from '../staff/Field';
import type { FieldErrors } from '../staff/form-check';
import { browserTimeZone } from '../schedule/time-zones';
import { SubmitStatus } from '../staff/SubmitStatus';
import { staffCall } from '../staff/use-staff-session';
import { useSubmit } from '../staff/use-submit';
import { checkNewGroup, newGroupDraft, type GroupField } from './group-form';
import { GroupFields } from './GroupFields';

/** Facilitators create a group with its first agreement, then go on to its page. */
export function NewGroupForm() {
  const { t, i18n } = useTranslation('staff');
  const headingId = useId();
  const [initial] = useState(() => newGroupDraft(i18n.language, browserTimeZone()));
  const [draft, setDraft] = useState(initial);
  const [agreement, setAgreement] = useState('');
  const [errors, setErrors] = useState<FieldErrors<GroupField>>({});
  const form = useFocusFirstInvalid(errors);
  const { state, run, busy } = useSubmit<GroupView>();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const check = checkNewGroup(draft, agreement);
    setErrors(check.ok ? {} : check.errors);
    if (!check.ok) return;
    void run(() => staffCall('groups:create', { body: check.value })).then((result) => {
      if (result?.ok) navigate(paths.staffGroup(result.data.id));
    });
  };

  return (
    <section className="staff-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('newGroup.heading')}</h2>
      <form ref={form} className="staff-form" noValidate onSubmit={submit}>
        <GroupFields
          draft={draft}
          errors={errors}
          onChange={setDraft}
          savedTimeZone={initial.timeZone}
        />
        <Field
          label={t('agreement.field')}
          hint={t('newGroup.agreementHint')}
          error={errors.agreement}
        >
          {(control) => (
            <textarea
              {...control}
              rows={6}
              maxLength={AGREEMENT_MAX}
              value={agreement}
              onChange={(e) => setAgreement(e.target.value)}
              dir="auto"
            />
          )}
        </Field>
        <button type="submit" className="button primary" aria-busy={busy}>
          {t('newGroup.submit')}
        </button>
        <SubmitStatus state={state} busy={t('common.creating')} />
      </form>
    </section>
  );
}
