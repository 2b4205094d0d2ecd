import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguagePicker } from '../i18n/LanguagePicker';

/** The frame of the pages around a session: brand, language choice, one readable column. */
export function PageShell({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="page">
      <header className="topbar">
        <span className="brand">{t('app.name')}</span>
        <LanguagePicker />
      </header>
      <main className="page-main">{children}</main>
    </div>
  );
}
