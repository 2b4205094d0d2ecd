import type { AnchorHTMLAttributes, MouseEvent } from 'react';
import { navigate } from '../app/navigation';

type LinkProps = AnchorHTMLAttributes<HTMLAnchorElement> & {
  href: string;
  /** Whether it takes the current page's place in the tab's history (default: see `navigate`). */
  replace?: boolean;
};

/**
 * A link inside the app: a real `<a href>` (it opens in a new tab, and works before the script
 * does), followed without a page load when clicked plainly.
 */
export function Link({ href, onClick, replace, ...rest }: LinkProps) {
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    const modified = event.metaKey || event.ctrlKey || event.shiftKey || event.altKey;
    if (event.defaultPrevented || event.button !== 0 || modified || rest.target) return;
    event.preventDefault();
    navigate(href, { replace });
  };
  return <a href={href} onClick={follow} {...rest} />;
}
