import type { ReactNode } from 'react';

/**
 * Always in the DOM, so screen readers are already watching it when text appears (a live
 * region inserted together with its text is often not announced).
 */
export function LiveRegion({
  children,
  id,
  className,
}: {
  children?: ReactNode;
  id?: string;
  className?: string;
}) {
  return (
    <div role="status" aria-live="polite" aria-atomic="true" id={id} className={className}>
      {children}
    </div>
  );
}
