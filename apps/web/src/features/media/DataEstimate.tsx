import { useTranslation } from 'react-i18next';
import { formatDataAmount } from './format-data';

/** What audio and video cost in data, measured: people on prepaid plans decide with it. */
export function DataEstimate({ bytesPerMinute }: { bytesPerMinute: number | null }) {
  const { t, i18n } = useTranslation();
  // Not a live region: it changes every few seconds, and reading it out each time would drown
  // the conversation.
  return (
    <p className="data-estimate">
      <span className="data-estimate-label">{t('media.dataRateLabel')}:</span>{' '}
      <span className="data-estimate-value">
        {bytesPerMinute === null
          ? t('media.dataMeasuring')
          : t('media.dataRate', { amount: formatDataAmount(bytesPerMinute, i18n.language) })}
      </span>
    </p>
  );
}
