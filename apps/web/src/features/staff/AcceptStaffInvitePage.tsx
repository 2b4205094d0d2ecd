import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorBody, SignedIn } from '@haven/protocol';
import { navigate } from '../../app/navigation';
import { paths } from '../../app/routes';
import { callRoute } from '../../services/api';
import { FocusHeading } from '../../ui/FocusHeading';
import { Link } from '../../ui/Link';
import { PageShell } from '../../ui/PageShell';
import { useDocumentTitle } from '../../ui/use-document-title';
import { Field, useFocusFirstInvalid } from './Field';
import type { FieldErrors } from './form-check';
import { IncompleteLink } from './SetPasswordPage';
import { checkNewAccount, PASSWORD_LIMITS, type NewAccountDraft } from './staff-forms';
import { staffInviteLink, useLinkToken } from './staff-links';
import { SubmitStatus } from './SubmitStatus';
import { staffSession } from './use-staff-session';
import { useSubmit } from './use-submit';

/** `/staff/join#<token>`: a new staff account from an invite; signed in, on to `/staff`. */
export function AcceptStaffInvitePage() {
  const { t } = useTranslation('staff');
  const { t: common } = useTranslation();
  useDocumentTitle(common('app.documentTitleSession', { title: t('join.title') }));
  const token = useLinkToken(staffInviteLink);
  const [draft, setDraft] = useState<NewAccountDraft>({ name: '', email: '', password: '' });
  const [errors, setErrors] = useState<FieldErrors<keyof NewAccountDraft>>({});
  const form = useFocusFirstInvalid(errors);
  const { state, run, busy } = useSubmit<SignedIn>();

  if (token === null) return <IncompleteLink />;

  const edit = (field: keyof NewAccountDraft) => (value: string) =>
    setDraft((current) => ({ ...current, [field]: value }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const check = checkNewAccount(draft);
    setErrors(check.ok ? {} : check.errors);
    if (!check.ok) return;
    void run(() => callRoute('staff:accept-invite', { body: { token, ...check.value } })).then(
      (result) => {
        if (!result?.ok) {
          if (result?.error.code === 'NOT_FOUND') staffInviteLink.forget();
          return;
        }
        staffInviteLink.forget();
        staffSession.signedIn(result.data.staff);
        navigate(paths.staffHome, { replace: true });
      },
    );
  };

  const explain = (error: ErrorBody) => {
    if (error.code === 'NOT_FOUND') return t('links.deadInvite');
    if (error.code === 'CONFLICT') return t('join.emailTaken');
    return null;
  };

  return (
    <PageShell>
      <FocusHeading>{t('join.title')}</FocusHeading>
      <p>{t('join.intro')}</p>
      <form ref={form} className="staff-form" noValidate onSubmit={submit}>
        <Field label={t('join.name')} hint={t('join.nameHint')} error={errors.name}>
          {(control) => (
            <input
              {...control}
              type="text"
              value={draft.name}
              onChange={(e) => edit('name')(e.target.value)}
              autoComplete="name"
              dir="auto"
            />
          )}
        </Field>
        <Field label={t('join.email')} error={errors.email}>
          {(control) => (
            <input
              {...control}
              type="email"
              value={draft.email}
              onChange={(e) => edit('email')(e.target.value)}
              autoComplete="email"
              autoCapitalize="none"
              spellCheck={false}
              inputMode="email"
              dir="ltr"
            />
          )}
        </Field>
        <Field
          label={t('join.password')}
          hint={t('setPassword.passwordHint', { min: PASSWORD_LIMITS.min })}
          error={errors.password}
        >
          {(control) => (
            <input
              {...control}
              type="password"
              value={draft.password}
              onChange={(e) => edit('password')(e.target.value)}
              autoComplete="new-password"
              minLength={PASSWORD_LIMITS.min}
              maxLength={PASSWORD_LIMITS.max}
            />
          )}
        </Field>
        <button type="submit" className="button primary" aria-busy={busy}>
          {t('join.submit')}
        </button>
        <SubmitStatus state={state} busy={t('join.busy')} explain={explain} />
      </form>
      {state.kind === 'failed' && state.error.code === 'CONFLICT' && (
        <p>
          <Link href={paths.staffSignIn}>{t('setPassword.signIn')}</Link>
        </p>
      )}
    </PageShell>
  );
}
