import { useTranslation } from 'react-i18next';
import { formatDuration } from '../../ui/format-duration';
import { TURN_CHOICES } from './durations';

/** How long the next speaking turn a moderator grants will last. */
export function TurnLengthSelect({
  seconds,
  onChange,
}: {
  seconds: number;
  onChange: (seconds: number) => void;
}) {
  const { t, i18n } = useTranslation();
  return (
    <label className="inline-field">
      <span>{t('hands.turnLength')}</span>
      <select value={seconds} onChange={(e) => onChange(Number(e.target.value))}>
        {TURN_CHOICES.map((choice) => (
          <option key={choice} value={choice}>
            {formatDuration(choice, i18n.language)}
          </option>
        ))}
      </select>
    </label>
  );
}
