import { useTranslation } from 'react-i18next';
import { PageShell } from '../ui/PageShell';
import { useDocumentTitle } from '../ui/use-document-title';

export function HomePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('app.name'));
  return (
    <PageShell>
      <h1>{t('home.title')}</h1>
      <p>{t('home.body')}</p>
      <p>{t('home.noLink')}</p>
    </PageShell>
  );
}
