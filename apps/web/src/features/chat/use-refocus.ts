import { useEffect, useState, type RefObject } from 'react';

/**
 * For a list whose items go (or move) when their own button is pressed: focus goes to the first
 * control of the item named (marked `data-item`), or to the heading when there is none, rather
 * than falling to the top of the page with the control that disappeared.
 */
export function useRefocus(
  list: RefObject<HTMLElement | null>,
  heading: RefObject<HTMLElement | null>,
): (item: string | null) => void {
  const [target, setTarget] = useState<{ item: string | null } | null>(null);

  useEffect(() => {
    if (!target) return;
    setTarget(null);
    // Only when focus was lost with its control: someone who moved on meanwhile stays there.
    const active = document.activeElement;
    if (active && active !== document.body && active.isConnected) return;
    const item = [...(list.current?.querySelectorAll<HTMLElement>('[data-item]') ?? [])].find(
      (el) => el.dataset.item === target.item,
    );
    const control = item?.querySelector<HTMLElement>('button, select, input, textarea');
    (control ?? heading.current)?.focus();
  }, [target, list, heading]);

  return (item) => setTarget({ item });
}
