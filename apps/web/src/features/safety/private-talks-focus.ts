import { useCallback, useRef, type RefObject } from 'react';

/**
 * For a control that goes away by itself (the check-in ended, its actions went with it): if
 * focus was inside it when it left, focus moves to `target` instead of falling to the page's
 * start, where a keyboard or screen-reader user would lose their place. Returns a callback ref
 * for the element that may go away.
 */
export function useFocusRescue<T extends HTMLElement>(
  target: RefObject<HTMLElement | null> | (() => void),
): (element: T | null) => (() => void) | undefined {
  const targetRef = useRef(target);
  targetRef.current = target;
  return useCallback((element: T | null) => {
    if (!element) return undefined;
    // React runs a ref's cleanup while the element is still in the page.
    return () => {
      if (!element.contains(document.activeElement)) return;
      // After the commit: the target may itself be rendered in the same update.
      queueMicrotask(() => {
        const to = targetRef.current;
        if (typeof to === 'function') to();
        else to.current?.focus();
      });
    };
  }, []);
}
