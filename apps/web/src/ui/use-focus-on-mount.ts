import { useEffect, useRef } from 'react';

/**
 * Moves focus to a page's heading when the page replaces another, so keyboard and
 * screen-reader users start at the top of the new content instead of on a vanished button.
 */
export function useFocusOnMount<T extends HTMLElement>(enabled = true) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (enabled) ref.current?.focus();
  }, [enabled]);
  return ref;
}
