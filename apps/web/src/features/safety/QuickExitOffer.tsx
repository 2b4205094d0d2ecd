import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import { PageCornerProvider } from '../../ui/page-corner';
import { createEscapePresses, isEscapePress } from './escape-presses';
import { prefetchNeutralPage, quickExitNow } from './quick-exit';
import { QuickExitContext, useQuickExitOffer, type SessionExit } from './quick-exit-offer';
import { QuickExitButton } from './QuickExitButton';

/**
 * Offers `Quick exit` on every page inside: the button in the corner of each page frame and
 * dialog, and Escape pressed three times. The app puts every page a participant may see inside,
 * so the way out is there from opening an invite to the end of a session, whatever the page.
 */
export function OfferQuickExit({ children }: { children: ReactNode }) {
  const session = useRef<SessionExit | null>(null);
  const offer = useMemo(
    () => ({
      exit: () => quickExitNow(session.current?.goodbye),
      enter: (entered: SessionExit) => {
        session.current = entered;
        return () => {
          if (session.current === entered) session.current = null;
        };
      },
    }),
    [],
  );

  useEffect(() => prefetchNeutralPage(document), []);

  useEffect(() => {
    const presses = createEscapePresses();
    const onKeyDown = (event: KeyboardEvent) => {
      if (session.current?.escape === false || !isEscapePress(event)) return;
      if (presses.press(event.timeStamp)) offer.exit();
    };
    // On the window, while capturing: a dialog or field that handles Escape (and stops it) must
    // not hide a press from the count.
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [offer]);

  return (
    <QuickExitContext.Provider value={offer}>
      <PageCornerProvider value={<QuickExitButton />}>{children}</PageCornerProvider>
    </QuickExitContext.Provider>
  );
}

/** A session page's part in the offer while it is open (see `SessionExit`). */
export function useQuickExitSession(goodbye: () => void, { escape }: { escape: boolean }): void {
  const offer = useQuickExitOffer();
  useEffect(() => offer?.enter({ goodbye, escape }), [offer, goodbye, escape]);
}
