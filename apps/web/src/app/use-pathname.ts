import { useSyncExternalStore } from 'react';

const subscribe = (onChange: () => void): (() => void) => {
  window.addEventListener('popstate', onChange);
  return () => window.removeEventListener('popstate', onChange);
};

const getPathname = (): string => window.location.pathname;

export const usePathname = (): string => useSyncExternalStore(subscribe, getPathname);
