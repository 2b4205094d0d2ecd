/**
 * Whether a quick exit keeps this device's key (`haven.device`), so the person comes back as
 * themselves, in their closed groups. Kept by default: losing the key loses those places, and
 * only a new invite gets them back. The choice is itself a trace of Haven, so a quick exit keeps
 * it only together with the key.
 */
export const KEEP_DEVICE_KEY = 'haven.quick-exit.device';

type Choice = 'keep' | 'forget';

export function keepsDevice(storage: Storage | null): boolean {
  try {
    return storage?.getItem(KEEP_DEVICE_KEY) !== ('forget' satisfies Choice);
  } catch {
    return true;
  }
}

export function chooseKeepDevice(storage: Storage | null, keep: boolean): void {
  const choice: Choice = keep ? 'keep' : 'forget';
  try {
    storage?.setItem(KEEP_DEVICE_KEY, choice);
  } catch {
    // Then the default holds: the key is kept.
  }
}
