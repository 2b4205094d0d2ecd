import type { ReactNode } from 'react';
import { useFocusOnMount } from './use-focus-on-mount';

/** A page's heading that takes focus when it appears, for a step that replaces another. */
export function FocusHeading({ children, id }: { children: ReactNode; id?: string }) {
  const ref = useFocusOnMount<HTMLHeadingElement>();
  return (
    <h1 ref={ref} id={id} tabIndex={-1}>
      {children}
    </h1>
  );
}
