import type { ReactNode } from 'react';
import { useFocusOnMount } from './use-focus-on-mount';

/** A page's heading that takes focus when it appears, for a step that replaces another. */
export function FocusHeading({ children }: { children: ReactNode }) {
  const ref = useFocusOnMount<HTMLHeadingElement>();
  return (
    <h1 ref={ref} tabIndex={-1}>
      {children}
    </h1>
  );
}
