import { useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../ui/Dialog';
import { LiveRegion } from '../../ui/LiveRegion';
import { useMounted } from '../../ui/use-mounted';
import { CrisisResources } from './CrisisResources';
import type { SupportBinding } from './support-binding';

/**
 * Participants' `I need support`: a private call to the session's moderators. What it says
 * back (the confirmation, the crisis resources) is for this person alone, in a dialog.
 */
export function SupportButton({ support }: { support: SupportBinding }) {
  const { t, i18n } = useTranslation();
  const { request } = useSyncExternalStore(support.subscribe, support.getSnapshot);
  const [open, setOpen] = useState(false);
  const mounted = useMounted();
  const sending = request.kind === 'sending';

  const press = () => {
    if (sending) return;
    setOpen(false);
    void support.request(i18n.language).then(() => {
      if (mounted.current) setOpen(true);
    });
  };

  return (
    <>
      {/* aria-disabled, not disabled: the button keeps focus while the call is on its way. */}
      <button
        type="button"
        className="button support"
        aria-busy={sending}
        aria-disabled={sending}
        onClick={press}
      >
        {t('safety.needSupport')}
      </button>
      <LiveRegion className="visually-hidden">{sending && t('safety.sending')}</LiveRegion>
      {open && request.kind === 'sent' && (
        <Dialog title={t('safety.sentTitle')} onClose={() => setOpen(false)}>
          <p>{t('safety.sentBody')}</p>
          <CrisisResources list={request.resources} />
          <div className="dialog-actions">
            <button type="button" className="button primary" onClick={() => setOpen(false)}>
              {t('safety.close')}
            </button>
          </div>
        </Dialog>
      )}
      {open && request.kind === 'failed' && (
        <Dialog title={t('safety.failedTitle')} onClose={() => setOpen(false)}>
          <p>{t('safety.failedBody', { reason: t(`errors.${request.code}`) })}</p>
          <div className="dialog-actions">
            <button type="button" className="button primary" onClick={press}>
              {t('safety.tryAgain')}
            </button>
            <button type="button" className="button" onClick={() => setOpen(false)}>
              {t('safety.close')}
            </button>
          </div>
        </Dialog>
      )}
    </>
  );
}
