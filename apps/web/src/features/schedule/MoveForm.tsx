import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScheduledSession } from '@haven/protocol';
import { useFocusOnMount } from '../../ui/use-focus-on-mount';
import { Field, useFocusFirstInvalid } from '../staff/Field';
import type { FieldErrors } from '../staff/form-check';
import { zoneLabel } from './format-when';
import { checkMove } from './plan-form';
import { splitLocal, wallClockAt } from './wall-clock';

interface MoveFormProps {
  session: ScheduledSession;
  /** The session's current start, as the list writes it. */
  date: string;
  busy: boolean;
  onMove: (start: string) => void;
  onClose: () => void;
}

/** A new start for one session, on the group's clock; the rest of its series stays. */
export function MoveForm({ session, date, busy, onMove, onClose }: MoveFormProps) {
  const { t } = useTranslation('staff');
  const headingId = useId();
  const current = splitLocal(session.localStart);
  const [day, setDay] = useState(current.date);
  const [time, setTime] = useState(current.time);
  const [errors, setErrors] = useState<FieldErrors<'date' | 'time'>>({});
  const form = useFocusFirstInvalid(errors);
  const heading = useFocusOnMount<HTMLHeadingElement>();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const check = checkMove(day, time, wallClockAt(new Date(), session.timeZone));
    setErrors(check.ok ? {} : check.errors);
    if (check.ok) onMove(check.value.start);
  };

  return (
    <form
      ref={form}
      className="staff-form inline-panel"
      aria-labelledby={headingId}
      noValidate
      onSubmit={submit}
    >
      <h4 id={headingId} ref={heading} tabIndex={-1}>
        {t('schedule.moveHeading', { date })}
      </h4>
      <p className="hint">{t('schedule.moveHint', { zone: zoneLabel(session.timeZone) })}</p>
      <div className="field-row">
        <Field label={t('schedule.newDate')} error={errors.date}>
          {(control) => (
            <input {...control} type="date" value={day} onChange={(e) => setDay(e.target.value)} />
          )}
        </Field>
        <Field label={t('schedule.newTime')} error={errors.time}>
          {(control) => (
            <input
              {...control}
              type="time"
              value={time}
              onChange={(e) => setTime(e.target.value)}
            />
          )}
        </Field>
      </div>
      <div className="actions">
        <button type="submit" className="button primary" aria-busy={busy}>
          {t('schedule.moveSubmit')}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {t('schedule.close')}
        </button>
      </div>
    </form>
  );
}
