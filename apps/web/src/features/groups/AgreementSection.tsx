import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AGREEMENT_MAX, type GroupView } from '@haven/protocol';
import { Field, useFocusFirstInvalid } from '../staff/Field';
import type { FieldError } from '../staff/form-check';
import { SubmitStatus } from '../staff/SubmitStatus';
import { staffCall } from '../staff/use-staff-session';
import { useSubmit } from '../staff/use-submit';
import { checkNewAgreement } from './group-form';

interface AgreementSectionProps {
  group: GroupView;
  canEdit: boolean;
  onChanged: (group: GroupView) => void;
}

/** The group agreement: each published change is a new version everyone accepts again. */
export function AgreementSection({ group, canEdit, onChanged }: AgreementSectionProps) {
  const { t } = useTranslation('staff');
  const headingId = useId();
  return (
    <section id="agreement" className="staff-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('agreement.heading')}</h2>
      <p>{t('agreement.version', { version: group.agreement.version })}</p>
      {canEdit ? (
        <AgreementForm group={group} onChanged={onChanged} />
      ) : (
        <div className="agreement-text" dir="auto" lang={group.language}>
          {group.agreement.text}
        </div>
      )}
    </section>
  );
}

function AgreementForm({ group, onChanged }: Omit<AgreementSectionProps, 'canEdit'>) {
  const { t } = useTranslation('staff');
  const [text, setText] = useState(group.agreement.text);
  const [errors, setErrors] = useState<{ text?: FieldError }>({});
  const form = useFocusFirstInvalid(errors);
  const { state, run, busy } = useSubmit<GroupView>();
  const { version } = group.agreement;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const check = checkNewAgreement(group.agreement.text, text);
    setErrors(check.ok ? {} : { text: check.error });
    if (!check.ok) return;
    void run(() =>
      staffCall('groups:set-agreement', {
        params: { groupId: group.id },
        body: { text: check.text },
      }),
    ).then((result) => {
      if (result?.ok) onChanged(result.data);
    });
  };

  return (
    <form ref={form} className="staff-form" noValidate onSubmit={submit}>
      <Field
        label={t('agreement.field')}
        hint={t('agreement.hint', { next: version + 1 })}
        error={errors.text}
      >
        {(control) => (
          <textarea
            {...control}
            rows={8}
            maxLength={AGREEMENT_MAX}
            value={text}
            onChange={(e) => setText(e.target.value)}
            dir="auto"
            lang={group.language}
          />
        )}
      </Field>
      <button type="submit" className="button primary" aria-busy={busy}>
        {t('agreement.submit')}
      </button>
      <SubmitStatus
        state={state}
        busy={t('common.saving')}
        done={(published) => t('agreement.published', { version: published.agreement.version })}
      />
    </form>
  );
}
