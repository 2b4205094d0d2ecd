import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmStep } from './ConfirmStep';
import { formatMoment } from './format-when';
import type { SeriesSummary } from './schedule-list';

interface SeriesListProps {
  series: readonly SeriesSummary[];
  timeZone: string;
  busy: boolean;
  onStop: (seriesId: string) => void;
}

/** Repeating series with sessions still to come; stopping one cancels those. */
export function SeriesList({ series, timeZone, busy, onStop }: SeriesListProps) {
  const { t } = useTranslation('staff');
  const headingId = useId();
  if (series.length === 0) return null;
  return (
    <>
      <h3 id={headingId}>{t('schedule.seriesHeading')}</h3>
      <ul className="item-list" aria-labelledby={headingId}>
        {series.map((summary) => (
          <SeriesItem
            key={summary.seriesId}
            summary={summary}
            timeZone={timeZone}
            busy={busy}
            onStop={() => onStop(summary.seriesId)}
          />
        ))}
      </ul>
    </>
  );
}

interface SeriesItemProps {
  summary: SeriesSummary;
  timeZone: string;
  busy: boolean;
  onStop: () => void;
}

function SeriesItem({ summary, timeZone, busy, onStop }: SeriesItemProps) {
  const { t, i18n } = useTranslation('staff');
  const [confirming, setConfirming] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const { title, next } = summary;
  return (
    <li className="item">
      <div className="item-row">
        <div>
          <p className="item-title">
            <bdi>{title}</bdi>
          </p>
          <p className="item-meta">
            {t('schedule.seriesNext', {
              when: formatMoment(next.startsAt, i18n.language, timeZone),
            })}
          </p>
        </div>
        <button
          ref={button}
          type="button"
          className="button small"
          aria-label={t('schedule.stop', { title })}
          aria-expanded={confirming}
          onClick={() => setConfirming((open) => !open)}
        >
          {t('schedule.stopShort')}
        </button>
      </div>
      {confirming && (
        <ConfirmStep
          question={t('schedule.stopQuestion', { title })}
          consequence={t('schedule.stopConsequence')}
          confirm={t('schedule.stopConfirm')}
          busy={busy}
          onConfirm={onStop}
          onKeep={() => {
            setConfirming(false);
            // The question goes; reading goes back to the button that asked it.
            button.current?.focus();
          }}
        />
      )}
    </li>
  );
}
