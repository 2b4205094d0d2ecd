import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CrisisResourceList, ErrorCode } from '@haven/protocol';
import { callRoute } from '../../services/api';
import { Dialog } from '../../ui/Dialog';
import { LiveRegion } from '../../ui/LiveRegion';
import { CrisisResources } from './CrisisResources';
import { QuickExitSettings } from './QuickExitSettings';

type Loaded =
  | { kind: 'loading' }
  | { kind: 'ready'; list: CrisisResourceList }
  | { kind: 'failed'; code: ErrorCode };

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
  const locale = i18n.language;
  const [attempt, setAttempt] = useState(0);
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });

  useEffect(() => {
    const controller = new AbortController();
    setLoaded({ kind: 'loading' });
    void callRoute('me:crisis-resources', {
      params: { groupId, locale },
      signal: controller.signal,
    }).then((result) => {
      if (controller.signal.aborted) return;
      setLoaded(
        result.ok
          ? { kind: 'ready', list: result.data }
          : { kind: 'failed', code: result.error.code },
      );
    });
    return () => controller.abort();
  }, [groupId, locale, attempt]);

  return (
    <>
      <LiveRegion>
        {loaded.kind === 'loading' && t('safety.resources.loading')}
        {loaded.kind === 'failed' &&
          t('safety.resources.failed', { reason: t(`errors.${loaded.code}`) })}
      </LiveRegion>
      {loaded.kind === 'failed' && (
        <button type="button" className="button" onClick={() => setAttempt((n) => n + 1)}>
          {t('safety.tryAgain')}
        </button>
      )}
      {loaded.kind === 'ready' && <CrisisResources list={loaded.list} />}
    </>
  );
}
