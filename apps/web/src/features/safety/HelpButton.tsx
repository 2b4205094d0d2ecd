import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../ui/Dialog';
import { LiveRegion } from '../../ui/LiveRegion';
import { CrisisResources } from './CrisisResources';
import { QuickExitSettings } from './QuickExitSettings';
import { useCrisisResources } from './use-crisis-resources';

/**
 * Participants' `Help`: the crisis resources in their language, at any time, asked quietly, and
 * what `Quick exit` does and leaves behind.
 */
export function HelpButton({ groupId }: { groupId: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button quiet" onClick={() => setOpen(true)}>
        {t('safety.help')}
      </button>
      {open && (
        <Dialog title={t('safety.helpTitle')} onClose={() => setOpen(false)}>
          <HelpResources groupId={groupId} />
          {/* Here, where a participant looks for safety, not on the way in. */}
          <QuickExitSettings />
          <div className="dialog-actions">
            <button type="button" className="button primary" onClick={() => setOpen(false)}>
              {t('safety.close')}
            </button>
          </div>
        </Dialog>
      )}
    </>
  );
}

function HelpResources({ groupId }: { groupId: string }) {
  const { t, i18n } = useTranslation();
  const { loaded, retry } = useCrisisResources(groupId, i18n.language, true);

  return (
    <>
      <LiveRegion>
        {loaded.kind === 'loading' && t('safety.resources.loading')}
        {loaded.kind === 'failed' &&
          t('safety.resources.failed', { reason: t(`errors.${loaded.code}`) })}
      </LiveRegion>
      {loaded.kind === 'failed' && (
        <button type="button" className="button" onClick={retry}>
          {t('safety.tryAgain')}
        </button>
      )}
      {loaded.kind === 'ready' && <CrisisResources list={loaded.list} />}
    </>
  );
}
