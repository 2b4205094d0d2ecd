import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffView } from '@haven/protocol';
import { navigate } from '../../app/navigation';
import { paths } from '../../app/routes';
import { LiveRegion } from '../../ui/LiveRegion';
import { PageShell } from '../../ui/PageShell';
import { rememberReturnPath } from './return-path';
import { StaffShell } from './StaffShell';
import { useErrorText } from './use-error-text';
import { staffSession, useStaffSession } from './use-staff-session';

/**
 * Staff pages behind sign-in: shown to a signed-in person only. Anyone else, and anyone whose
 * session ends on the way (a 401 from any staff call), goes to the sign-in page.
 */
export function StaffGate({ children }: { children: (staff: StaffView) => ReactNode }) {
  const { t } = useTranslation('staff');
  const errorText = useErrorText();
  const state = useStaffSession();

  useEffect(() => {
    if (state.status === 'unknown') void staffSession.check();
    if (state.status !== 'signed-out') return;
    // Coming back here after signing in again, unless they chose to leave.
    if (state.reason !== 'signed-out') rememberReturnPath(window.location.pathname);
    navigate(paths.staffSignIn, { replace: true });
  }, [state]);

  switch (state.status) {
    case 'signed-in':
      return <StaffShell staff={state.staff}>{children(state.staff)}</StaffShell>;
    case 'failed':
      return (
        <PageShell>
          <p role="alert">{errorText(state.error)}</p>
          <button type="button" className="button" onClick={() => void staffSession.check()}>
            {t('common.retry')}
          </button>
        </PageShell>
      );
    case 'unknown':
    case 'signed-out':
      return (
        <PageShell>
          <LiveRegion className="status-line">{t('common.loading')}</LiveRegion>
        </PageShell>
      );
  }
}
