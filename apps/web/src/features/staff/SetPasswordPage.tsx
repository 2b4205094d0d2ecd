import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorBody } from '@haven/protocol';
import { paths } from '../../app/routes';
import { callRoute } from '../../services/api';
import { FocusHeading } from '../../ui/FocusHeading';
import { Link } from '../../ui/Link';
import { PageShell } from '../../ui/PageShell';
import { useDocumentTitle } from '../../ui/use-document-title';
import { Field, useFocusFirstInvalid } from './Field';
import type { FieldError } from './form-check';
import { checkNewPassword, PASSWORD_LIMITS } from './staff-forms';
import { passwordLink, useLinkToken } from './staff-links';
import { SubmitStatus } from './SubmitStatus';
import { useSubmit } from './use-submit';

/** `/staff/password#<token>`: a new password from a one-time link, then on to sign in. */
export function SetPasswordPage() {
  const { t } = useTranslation('staff');
  const { t: common } = useTranslation();
  useDocumentTitle(common('app.documentTitleSession', { title: t('setPassword.title') }));
  const token = useLinkToken(passwordLink);
  const [password, setPassword] = useState('');
  const [error, setError] = useState<{ password?: FieldError }>({});
  const form = useFocusFirstInvalid(error);
  const { state, run, busy } = useSubmit<object>();

  if (token === null) return <IncompleteLink />;
  if (state.kind === 'done')
    return (
      <PageShell>
        <FocusHeading>{t('setPassword.doneTitle')}</FocusHeading>
        <p>{t('setPassword.doneBody')}</p>
        <Link className="button primary" href={paths.staffSignIn}>
          {t('setPassword.signIn')}
        </Link>
      </PageShell>
    );

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problem = checkNewPassword(password);
    setError(problem ? { password: problem } : {});
    if (problem) return;
    void run(() => callRoute('staff:set-password', { body: { token, password } })).then(
      (result) => {
        if (result?.ok || result?.error.code === 'NOT_FOUND') passwordLink.forget();
      },
    );
  };

  const explain = (failure: ErrorBody) =>
    failure.code === 'NOT_FOUND' ? t('links.deadPassword') : null;

  return (
    <PageShell>
      <FocusHeading>{t('setPassword.title')}</FocusHeading>
      <p>{t('setPassword.intro')}</p>
      <form ref={form} className="staff-form" noValidate onSubmit={submit}>
        <Field
          label={t('setPassword.password')}
          hint={t('setPassword.passwordHint', { min: PASSWORD_LIMITS.min })}
          error={error.password}
        >
          {(control) => (
            <input
              {...control}
              type="password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              autoComplete="new-password"
              minLength={PASSWORD_LIMITS.min}
              maxLength={PASSWORD_LIMITS.max}
            />
          )}
        </Field>
        <button type="submit" className="button primary" aria-busy={busy}>
          {t('setPassword.submit')}
        </button>
        <SubmitStatus state={state} busy={t('common.saving')} explain={explain} />
      </form>
    </PageShell>
  );
}

/** A link without its token (cut off when it was copied, say). */
export function IncompleteLink() {
  const { t } = useTranslation('staff');
  return (
    <PageShell>
      <FocusHeading>{t('links.incompleteTitle')}</FocusHeading>
      <p>{t('links.incompleteBody')}</p>
    </PageShell>
  );
}
