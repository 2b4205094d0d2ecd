import { createContext, useContext, useMemo, type ReactNode } from 'react';

interface Offer {
  goodbye: (() => void) | undefined;
}

const QuickExitContext = createContext<Offer | null>(null);

/**
 * Offers `Quick exit` on every page inside (the page frame shows it), from opening an invite to
 * the end of a session, whatever state the page is in. `goodbye` tells the server.
 */
export function OfferQuickExit({
  goodbye,
  children,
}: {
  goodbye?: () => void;
  children: ReactNode;
}) {
  const offer = useMemo(() => ({ goodbye }), [goodbye]);
  return <QuickExitContext.Provider value={offer}>{children}</QuickExitContext.Provider>;
}

/** The offer the page is in, if any. */
export const useQuickExitOffer = (): Offer | null => useContext(QuickExitContext);
