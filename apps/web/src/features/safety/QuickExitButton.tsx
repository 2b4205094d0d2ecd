import { useTranslation } from 'react-i18next';
import { quickExitNow } from './quick-exit';
import { useQuickExitOffer } from './quick-exit-offer';
import './quick-exit.css';

/**
 * `Quick exit`: leaves at once for a neutral page (see `quickExit`), saying goodbye to the
 * session open, if any. Beside it, an invisible copy of it keeps its real size free in the
 * header while, on phones, the button itself floats over that place (see quick-exit.css).
 */
export function QuickExitButton() {
  const { t } = useTranslation();
  const offer = useQuickExitOffer();
  const label = t('safety.quickExit.button');
  return (
    <span className="quick-exit-place">
      <span className="button quick-exit quick-exit-ghost" aria-hidden="true">
        {label}
      </span>
      <button
        type="button"
        className="button quick-exit"
        onClick={() => (offer ? offer.exit() : quickExitNow())}
      >
        {label}
      </button>
    </span>
  );
}
