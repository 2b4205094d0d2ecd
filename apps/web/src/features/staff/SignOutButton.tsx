import { useTranslation } from 'react-i18next';
import { SubmitStatus } from './SubmitStatus';
import { staffSession } from './use-staff-session';
import { useSubmit } from './use-submit';

/** Signing out ends the session on the server; the gate then leads to the sign-in page. */
export function SignOutButton() {
  const { t } = useTranslation('staff');
  const { state, run, busy } = useSubmit<void>();
  return (
    <div className="sign-out">
      <button
        type="button"
        className="button small"
        aria-busy={busy}
        onClick={() => void run(staffSession.signOut)}
      >
        {t('shell.signOut')}
      </button>
      <SubmitStatus state={state} />
    </div>
  );
}
