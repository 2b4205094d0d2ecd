import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LiveRegion } from '../../ui/LiveRegion';
import type { ModerationSnapshot } from './moderation-controller';

export const REFUSAL_VISIBLE_MS = 8_000;

/** Why the last moderation action did not go through, long enough to read. */
export function ActionStatus({ refused }: { refused: ModerationSnapshot['refused'] }) {
  const { t } = useTranslation();
  const [expired, setExpired] = useState<number | null>(null);
  useEffect(() => {
    if (!refused) return;
    const timer = setTimeout(() => setExpired(refused.serial), REFUSAL_VISIBLE_MS);
    return () => clearTimeout(timer);
  }, [refused]);
  const shown = refused && refused.serial !== expired ? refused : null;
  return (
    <LiveRegion className={shown ? 'action-status' : 'action-status empty'}>
      {shown &&
        t('moderation.refused', {
          // In the room, what is not found is the person or message acted on, not the session.
          reason: shown.value === 'NOT_FOUND' ? t('moderation.gone') : t(`errors.${shown.value}`),
        })}
    </LiveRegion>
  );
}
