import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguagePicker } from '../i18n/LanguagePicker';

interface PageShellProps {
  children: ReactNode;
  /** Off where the page itself is the language choice: one set of language buttons is enough. */
  languagePicker?: boolean;
}

/** The frame of the pages around a session: brand, language choice, one readable column. */
export function PageShell({ children, languagePicker = true }: PageShellProps) {
  const { t } = useTranslation();
  return (
    <div className="page">
      <header className="topbar">
        <span className="brand">{t('app.name')}</span>
        {languagePicker && <LanguagePicker />}
      </header>
      <main className="page-main">{children}</main>
    </div>
  );
}
