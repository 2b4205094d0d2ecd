import { useTranslation } from 'react-i18next';
import { MOOD_VALUES, type MoodValue } from './mood';

/** Five faces, very low to very good; each button is named by its number and word. */
export function MoodFaces({
  label,
  onAnswer,
}: {
  label: string;
  onAnswer: (v: MoodValue) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="mood-faces" role="group" aria-label={label}>
      {MOOD_VALUES.map((value) => (
        <button
          key={value}
          type="button"
          className="mood-face"
          aria-label={t(`mood.values.${value}`)}
          onClick={() => onAnswer(value)}
        >
          <Face value={value} />
        </button>
      ))}
    </div>
  );
}

/** Drawn, not emoji: the same face on every phone, and in the text colour (high contrast too). */
function Face({ value }: { value: MoodValue }) {
  // The mouth bends from a frown (1) through a straight line (3) to a smile (5).
  const bend = (value - 3) * 2.5;
  return (
    <svg className="face" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <circle cx="16" cy="16" r="14" fill="none" stroke="currentColor" strokeWidth="2" />
      <circle cx="11" cy="13" r="1.8" fill="currentColor" />
      <circle cx="21" cy="13" r="1.8" fill="currentColor" />
      <path
        d={`M10 ${21 - bend / 2} Q16 ${21 + bend} 22 ${21 - bend / 2}`}
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
      />
    </svg>
  );
}
