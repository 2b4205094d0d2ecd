import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFocusOnMount } from '../../ui/use-focus-on-mount';

interface ConfirmStepProps {
  question: string;
  consequence: string;
  confirm: string;
  busy: boolean;
  onConfirm: () => void;
  onKeep: () => void;
}

/** Asks once more, in place, before something members will notice (a cancellation, a stop). */
export function ConfirmStep({
  question,
  consequence,
  confirm,
  busy,
  onConfirm,
  onKeep,
}: ConfirmStepProps) {
  const { t } = useTranslation('staff');
  const questionId = useId();
  // Reading goes on from the question that appeared under the pressed button.
  const ref = useFocusOnMount<HTMLParagraphElement>();
  return (
    <div role="group" aria-labelledby={questionId} className="confirm inline-panel">
      <p id={questionId} ref={ref} tabIndex={-1}>
        <strong>{question}</strong> {consequence}
      </p>
      <div className="actions">
        <button type="button" className="button danger" aria-busy={busy} onClick={onConfirm}>
          {confirm}
        </button>
        <button type="button" className="button" onClick={onKeep}>
          {t('schedule.keep')}
        </button>
      </div>
    </div>
  );
}
