import { useTranslation } from 'react-i18next';
import { PageShell } from '../../ui/PageShell';
import { LiveRegion } from '../../ui/LiveRegion';

/** Shown for the moment a reloaded tab takes to come back into its session. */
export function ResumingPage() {
  const { t } = useTranslation();
  return (
    <PageShell>
      <LiveRegion className="status-line">{t('join.resuming')}</LiveRegion>
    </PageShell>
  );
}
