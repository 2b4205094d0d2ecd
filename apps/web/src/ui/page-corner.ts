import { createContext, useContext, type ReactNode } from 'react';

/**
 * What the app shows in the top corner of every page frame and every dialog (the quick exit),
 * provided from above so that the frames need not know the feature: a modal dialog makes the
 * page behind it inert, so whatever must stay in reach has to be inside the dialog too.
 */
const CornerContext = createContext<ReactNode>(null);

export const PageCornerProvider = CornerContext.Provider;

export const usePageCorner = (): ReactNode => useContext(CornerContext);
