import { createContext, useContext } from 'react';

/** What a session page adds to the offer while it is open. */
export interface SessionExit {
  /** Tells the server the person has gone, without waiting. */
  goodbye: () => void;
  /** Escape three times exits too: participants only, as staff use Escape all the time. */
  escape: boolean;
}

export interface QuickExitOffer {
  /** Leaves now, saying goodbye to the session open, if any. */
  exit: () => void;
  /** Adds a session page's part; the returned function takes it back. */
  enter: (session: SessionExit) => () => void;
}

export const QuickExitContext = createContext<QuickExitOffer | null>(null);

/** The offer the page is in, if any. */
export const useQuickExitOffer = (): QuickExitOffer | null => useContext(QuickExitContext);
