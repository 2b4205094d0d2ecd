import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorBody, StaffView } from '@haven/protocol';
import { navigate } from '../../app/navigation';
import { paths } from '../../app/routes';
import { FocusHeading } from '../../ui/FocusHeading';
import { PageShell } from '../../ui/PageShell';
import { useDocumentTitle } from '../../ui/use-document-title';
import { Field, useFocusFirstInvalid } from './Field';
import type { FieldErrors } from './form-check';
import { takeReturnPath } from './return-path';
import { checkSignIn } from './staff-forms';
import { SubmitStatus } from './SubmitStatus';
import { staffSession, useStaffSession } from './use-staff-session';
import { useSubmit } from './use-submit';

/** `/staff/sign-in`: email and password; then the page the person was on, or `/staff`. */
export function SignInPage() {
  const { t } = useTranslation('staff');
  const { t: common } = useTranslation();
  useDocumentTitle(common('app.documentTitleSession', { title: t('signIn.title') }));
  const session = useStaffSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors<'email' | 'password'>>({});
  const form = useFocusFirstInvalid(errors);
  const { state, run, busy } = useSubmit<StaffView>();

  // Already signed in (a second tab, the back button): nothing to do here.
  useEffect(() => {
    if (session.status === 'unknown') void staffSession.check();
    if (session.status === 'signed-in')
      navigate(takeReturnPath(paths.staffHome), { replace: true });
  }, [session]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const check = checkSignIn(email, password);
    setErrors(check.ok ? {} : check.errors);
    if (!check.ok) return;
    void run(() => staffSession.signIn(check.value.email, check.value.password)).then((result) => {
      if (result && !result.ok) setPassword('');
    });
  };

  // No hint at which of the two was wrong: that would tell whether an account exists.
  const explain = (error: ErrorBody) => {
    if (error.code === 'UNAUTHENTICATED') return t('signIn.failed');
    if (error.code === 'RATE_LIMITED') return t('signIn.rateLimited');
    return null;
  };

  const notice =
    session.status === 'signed-out' && session.reason === 'expired'
      ? t('signIn.expired')
      : session.status === 'signed-out' && session.reason === 'signed-out'
        ? t('signIn.signedOut')
        : null;

  return (
    <PageShell>
      <p className="eyebrow">{t('signIn.eyebrow')}</p>
      <FocusHeading>{t('signIn.title')}</FocusHeading>
      {notice && <p className="notice">{notice}</p>}
      <form ref={form} className="staff-form" noValidate onSubmit={submit}>
        <Field label={t('signIn.email')} error={errors.email}>
          {(control) => (
            <input
              {...control}
              type="email"
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              autoComplete="username"
              autoCapitalize="none"
              spellCheck={false}
              inputMode="email"
              dir="ltr"
            />
          )}
        </Field>
        <Field label={t('signIn.password')} error={errors.password}>
          {(control) => (
            <input
              {...control}
              type="password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              autoComplete="current-password"
            />
          )}
        </Field>
        <button type="submit" className="button primary" aria-busy={busy}>
          {t('signIn.submit')}
        </button>
        <SubmitStatus state={state} busy={t('signIn.busy')} explain={explain} />
      </form>
      <p className="muted">{t('signIn.forgot')}</p>
    </PageShell>
  );
}
