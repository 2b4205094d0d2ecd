import { useCallback, useLayoutEffect, useRef } from 'react';

/** Slack in pixels within which the view still counts as "at the bottom". */
const NEAR_BOTTOM_PX = 64;

/**
 * Keeps a scrolling list pinned to its newest entry while the reader is at the bottom, and
 * leaves it alone while they scroll back to read older messages.
 */
export function useStickToBottom<T extends HTMLElement>(contentKey: unknown) {
  const ref = useRef<T>(null);
  const pinned = useRef(true);

  const onScroll = useCallback(() => {
    const el = ref.current;
    if (el) pinned.current = el.scrollHeight - el.scrollTop - el.clientHeight < NEAR_BOTTOM_PX;
  }, []);

  const pin = useCallback(() => {
    pinned.current = true;
  }, []);

  useLayoutEffect(() => {
    const el = ref.current;
    if (el && pinned.current) el.scrollTop = el.scrollHeight;
  }, [contentKey]);

  return { ref, onScroll, pin };
}
