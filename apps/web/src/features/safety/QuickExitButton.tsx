import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { createEscapePresses } from './escape-presses';
import { quickExitNow } from './quick-exit';
import './quick-exit.css';

/**
 * `Quick exit`: leaves at once for a neutral page (see `quickExit`). Escape pressed three times
 * does the same wherever the button is shown. `goodbye` tells the server, without waiting.
 */
export function QuickExitButton({ goodbye }: { goodbye?: (() => void) | undefined }) {
  const { t } = useTranslation();
  const exit = useRef(() => quickExitNow(goodbye));
  useEffect(() => {
    exit.current = () => quickExitNow(goodbye);
  });

  useEffect(() => {
    const presses = createEscapePresses();
    const onKeyDown = (event: KeyboardEvent) => {
      // A key held down is one press; 'Esc' is what older browsers call it.
      if ((event.key !== 'Escape' && event.key !== 'Esc') || event.repeat) return;
      if (presses.press(event.timeStamp)) exit.current();
    };
    // On the window, while capturing: a dialog or field that handles Escape (and stops it) must
    // not hide a press from the count.
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, []);

  return (
    <button type="button" className="button quick-exit" onClick={() => exit.current()}>
      {t('safety.quickExit.button')}
    </button>
  );
}
