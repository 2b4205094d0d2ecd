import { useEffect, useState, useSyncExternalStore } from 'react';
import type { MediaNotice, MediaSession, MediaSnapshot } from '../../services/media';
import type { MediaBinding, MediaBindingState } from './media-binding';

export function useMediaBinding<M>(binding: MediaBinding<M>): MediaBindingState<M> {
  return useSyncExternalStore(binding.subscribe, binding.getState);
}

export function useMediaSnapshot(media: MediaSession): MediaSnapshot {
  return useSyncExternalStore(media.subscribe, media.getSnapshot);
}

/** Device problems come with steps to follow: long enough on screen to read them. */
export const MEDIA_NOTICE_VISIBLE_MS = 20_000;

export function useFreshMediaNotice(notice: MediaNotice | null): MediaNotice | null {
  const [expiredSerial, setExpiredSerial] = useState<number | null>(null);
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => setExpiredSerial(notice.serial), MEDIA_NOTICE_VISIBLE_MS);
    return () => clearTimeout(timer);
  }, [notice]);
  return notice && notice.serial !== expiredSerial ? notice : null;
}
