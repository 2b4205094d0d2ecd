import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { OneTimeLink, StaffRole } from '@haven/protocol';
import { formatDate } from '../../ui/format-date';
import { CopyLinkField } from '../../ui/CopyButton';
import { Field } from './Field';
import { SubmitStatus } from './SubmitStatus';
import { staffCall } from './use-staff-session';
import { useSubmit } from './use-submit';

const ROLES: readonly StaffRole[] = ['moderator', 'facilitator'];

/** A one-time link that lets someone create a staff account, shown once, to send privately. */
export function StaffInviteForm() {
  const { t, i18n } = useTranslation('staff');
  const headingId = useId();
  const [role, setRole] = useState<StaffRole>('moderator');
  const [made, setMade] = useState<{ link: OneTimeLink; role: StaffRole } | null>(null);
  const { state, run, busy } = useSubmit<OneTimeLink>();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const asked = role;
    void run(() => staffCall('staff:invite', { body: { role: asked } })).then((result) => {
      if (result?.ok) setMade({ link: result.data, role: asked });
    });
  };

  return (
    <section className="staff-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('staffInvite.heading')}</h2>
      <p>{t('staffInvite.intro')}</p>
      <form className="staff-form" noValidate onSubmit={submit}>
        <Field label={t('staffInvite.role')}>
          {(control) => (
            <select
              {...control}
              value={role}
              onChange={(e) => setRole(e.target.value as StaffRole)}
            >
              {ROLES.map((value) => (
                <option key={value} value={value}>
                  {t(`roles.${value}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <button type="submit" className="button primary" aria-busy={busy}>
          {t('staffInvite.submit')}
        </button>
        <SubmitStatus state={state} busy={t('common.creating')} done={t('staffInvite.done')} />
      </form>
      {made && (
        <div className="one-time-link">
          <p>
            {t('staffInvite.linkIntro', {
              role: t(`roles.${made.role}`),
              date: formatDate(made.link.expiresAt, i18n.language, true),
            })}
          </p>
          <CopyLinkField label={t('staffInvite.link')} link={made.link.link} />
        </div>
      )}
    </section>
  );
}
