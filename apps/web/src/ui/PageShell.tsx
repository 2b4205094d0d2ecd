import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguagePicker } from '../i18n/LanguagePicker';
import { QuickExitButton } from '../features/safety/QuickExitButton';
import { useQuickExitOffer } from '../features/safety/QuickExitOffer';

interface PageShellProps {
  children: ReactNode;
  /** Off where the page itself is the language choice: one set of language buttons is enough. */
  languagePicker?: boolean;
}

/**
 * The frame of the pages around a session: brand, language choice, one readable column, and
 * `Quick exit` on the pages that offer it (the way into a session and its lobby).
 */
export function PageShell({ children, languagePicker = true }: PageShellProps) {
  const { t } = useTranslation();
  const quickExit = useQuickExitOffer();
  return (
    <div className="page">
      <header className={quickExit ? 'topbar with-quick-exit' : 'topbar'}>
        <span className="brand">{t('app.name')}</span>
        {languagePicker && <LanguagePicker />}
        {quickExit && <QuickExitButton goodbye={quickExit.goodbye} />}
      </header>
      <main className="page-main">{children}</main>
    </div>
  );
}
