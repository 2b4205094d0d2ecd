/**
 * The subscribe/notify half of a framework-free store read through `useSyncExternalStore`.
 * Notifying works on a copy, so a listener that unsubscribes while being told is safe.
 */
export function createListeners() {
  const listeners = new Set<() => void>();
  return {
    subscribe: (listener: () => void): (() => void) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    notify: (): void => {
      for (const listener of [...listeners]) listener();
    },
    clear: (): void => listeners.clear(),
  };
}
