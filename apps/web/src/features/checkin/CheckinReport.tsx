import { useTranslation } from 'react-i18next';
import { WithName } from '../../ui/WithName';
import type { FlushedCheckin } from './checkin-queue';
import { useRefusalText } from './use-refusal-text';

/**
 * What became of check-ins that waited on this phone (sent from this page, or later): one line
 * each, in the page's status region. Those still waiting say nothing.
 */
export function CheckinReport({ report }: { report: readonly FlushedCheckin[] }) {
  const { t } = useTranslation();
  const refusal = useRefusalText();
  const lines = report.filter((entry) => entry.outcome.kind !== 'saved');
  if (lines.length === 0) return null;
  return (
    <ul className="checkin-report">
      {lines.map(({ item, outcome }) => (
        <li key={`${item.sessionId}-${item.enteredAt}`}>
          {outcome.kind === 'checked-in' && (
            <WithName
              sentence={(title) => t('checkIn.done', { title })}
              name={outcome.sessionTitle}
            />
          )}
          {outcome.kind === 'refused' &&
            t('checkIn.refusedLater', { reason: refusal(outcome.error) })}
          {outcome.kind === 'expired' && t('checkIn.expired')}
        </li>
      ))}
    </ul>
  );
}
