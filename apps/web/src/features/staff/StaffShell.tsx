import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffView } from '@haven/protocol';
import { paths } from '../../app/routes';
import { LanguagePicker } from '../../i18n/LanguagePicker';
import { Link } from '../../ui/Link';
import { SignOutButton } from './SignOutButton';

/** The frame of the signed-in staff pages: who is signed in, and the way out. */
export function StaffShell({ staff, children }: { staff: StaffView; children: ReactNode }) {
  const { t } = useTranslation('staff');
  return (
    <div className="page">
      <header className="topbar">
        <Link className="brand" href={paths.staffHome}>
          {t('shell.brand')}
        </Link>
        <LanguagePicker />
      </header>
      <div className="staff-bar">
        <p className="signed-in-as">
          {t('shell.signedInAs', { name: staff.name })}{' '}
          <span className="muted">({t(`roles.${staff.role}`)})</span>
        </p>
        <SignOutButton />
      </div>
      <main className="page-main">{children}</main>
    </div>
  );
}
