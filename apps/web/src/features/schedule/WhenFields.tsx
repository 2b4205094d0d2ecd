import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Field, RadioField } from '../staff/Field';
import type { FieldErrors } from '../staff/form-check';
import { zoneLabel } from './format-when';
import { COUNT_MAX, END_KINDS, type EndKind, type PlanDraft, type PlanField } from './plan-form';
import { fitRepeat, repeatChoices, type Repeat } from './recurrence';
import { repeatLabel } from './repeat-label';

interface WhenFieldsProps {
  draft: PlanDraft;
  errors: FieldErrors<PlanField>;
  timeZone: string;
  onChange: (draft: PlanDraft) => void;
}

/** Starts, Repeats and Ends: when the sessions happen, on the group's clock. */
export function WhenFields({ draft, errors, timeZone, onChange }: WhenFieldsProps) {
  const { t, i18n } = useTranslation('staff');
  const startsId = useId();
  const set = <K extends keyof PlanDraft>(key: K, value: PlanDraft[K]) =>
    onChange({ ...draft, [key]: value });
  const choices = repeatChoices(draft.date);

  const nameOf = (repeat: Repeat) => {
    const label = repeatLabel(repeat, draft.date, i18n.language);
    if (label.key === 'monthly')
      return t('schedule.repeats.monthly', {
        weekday: label.weekday,
        ordinal: t(`schedule.ordinals.${label.ordinal}`),
      });
    if (label.key === 'weekly' || label.key === 'biweekly')
      return t(`schedule.repeats.${label.key}`, { weekday: label.weekday });
    return t(`schedule.repeats.${label.key}`);
  };

  return (
    <>
      <fieldset className="choices field" aria-describedby={`${startsId}-zone`}>
        <legend>{t('schedule.starts')}</legend>
        <p id={`${startsId}-zone`} className="hint">
          {t('schedule.zoneNote', { zone: zoneLabel(timeZone) })}
        </p>
        <div className="field-row">
          <Field label={t('schedule.date')} error={errors.date}>
            {(control) => (
              <input
                {...control}
                type="date"
                value={draft.date}
                // A month-day that the new date lacks ("fourth" on a fifth Tuesday) moves over.
                onChange={(e) =>
                  onChange({
                    ...draft,
                    date: e.target.value,
                    repeat: fitRepeat(draft.repeat, e.target.value),
                  })
                }
              />
            )}
          </Field>
          <Field label={t('schedule.time')} error={errors.time}>
            {(control) => (
              <input
                {...control}
                type="time"
                value={draft.time}
                onChange={(e) => set('time', e.target.value)}
              />
            )}
          </Field>
        </div>
      </fieldset>
      <Field label={t('schedule.repeat')}>
        {(control) => (
          <select
            {...control}
            value={draft.repeat}
            onChange={(e) => {
              const repeat = choices.find((c) => c === e.target.value);
              if (repeat) set('repeat', repeat);
            }}
          >
            {choices.map((repeat) => (
              <option key={repeat} value={repeat}>
                {nameOf(repeat)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {draft.repeat !== 'none' && (
        <>
          <RadioField<EndKind>
            legend={t('schedule.ends')}
            value={draft.endKind}
            onChange={(kind) => set('endKind', kind)}
            options={END_KINDS.map((kind) => ({
              value: kind,
              label: t(`schedule.endKinds.${kind}`),
              hint: t(`schedule.endHints.${kind}`),
            }))}
          />
          {draft.endKind === 'on' && (
            <Field label={t('schedule.endDate')} error={errors.endDate}>
              {(control) => (
                <input
                  {...control}
                  type="date"
                  min={draft.date || undefined}
                  value={draft.endDate}
                  onChange={(e) => set('endDate', e.target.value)}
                />
              )}
            </Field>
          )}
          {draft.endKind === 'after' && (
            <Field label={t('schedule.endCount')} error={errors.endCount}>
              {(control) => (
                <input
                  {...control}
                  type="number"
                  inputMode="numeric"
                  min={1}
                  max={COUNT_MAX}
                  step={1}
                  value={draft.endCount}
                  onChange={(e) => set('endCount', e.target.value)}
                  className="narrow"
                />
              )}
            </Field>
          )}
        </>
      )}
    </>
  );
}
