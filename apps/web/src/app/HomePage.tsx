import { useTranslation } from 'react-i18next';
import { PageShell } from '../ui/PageShell';
import { Link } from '../ui/Link';
import { useDocumentTitle } from '../ui/use-document-title';
import { paths } from './routes';

export function HomePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('app.name'));
  return (
    <PageShell>
      <h1>{t('home.title')}</h1>
      <p>{t('home.body')}</p>
      <p>{t('home.noLink')}</p>
      <ul className="home-links">
        <li>
          <Link href={paths.mySessions}>{t('home.mySessions')}</Link>
        </li>
        <li>
          <Link href={paths.publicGroups}>{t('home.openGroups')}</Link>
        </li>
        <li>
          <Link href={paths.myData}>{t('home.myData')}</Link>
        </li>
        <li>
          <Link href={paths.staffSignIn}>{t('home.staffSignIn')}</Link>
        </li>
      </ul>
    </PageShell>
  );
}
