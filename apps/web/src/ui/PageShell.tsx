import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguagePicker } from '../i18n/LanguagePicker';
import { usePageCorner } from './page-corner';
import './page-shell.css';

interface PageShellProps {
  children: ReactNode;
  /** Off where the page itself is the language choice: one set of language buttons is enough. */
  languagePicker?: boolean;
}

/**
 * The frame of the pages around a session: brand, language choice, one readable column, and
 * whatever the app puts in the corner (`Quick exit`, on every page a participant may see).
 */
export function PageShell({ children, languagePicker = true }: PageShellProps) {
  const { t } = useTranslation();
  const corner = usePageCorner();
  return (
    <div className="page">
      <header className={corner ? 'topbar with-corner' : 'topbar'}>
        <div className="topbar-main">
          <span className="brand">{t('app.name')}</span>
          {languagePicker && <LanguagePicker />}
        </div>
        {corner}
      </header>
      <main className="page-main">{children}</main>
    </div>
  );
}
