import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupView, HttpReply } from '@haven/protocol';
import { Field, useFocusFirstInvalid } from '../staff/Field';
import type { FieldErrors } from '../staff/form-check';
import { SubmitStatus } from '../staff/SubmitStatus';
import { staffCall } from '../staff/use-staff-session';
import { useSubmit } from '../staff/use-submit';
import { ModeratorChoice } from './ModeratorChoice';
import { PlaceFields } from './PlaceFields';
import {
  CAPACITY_LIMITS,
  checkPlanDraft,
  newPlanDraft,
  OPENS_BEFORE_LIMITS,
  TITLE_MAX,
  DURATION_LIMITS,
  type PlanDraft,
  type PlanField,
} from './plan-form';
import { WhenFields } from './WhenFields';
import { wallClockAt } from './wall-clock';

type Series = HttpReply<'schedule:create-series'>;

/** The group's wall clock now: what "today" and "in the past" mean for its planning. */
const groupNow = (zone: string) => {
  try {
    return wallClockAt(new Date(), zone);
  } catch {
    return wallClockAt(new Date(), 'UTC');
  }
};

/** "Schedule a session": one session or a repeating series, on the group's clock. */
export function PlanForm({ group, onScheduled }: { group: GroupView; onScheduled: () => void }) {
  const { t } = useTranslation('staff');
  const headingId = useId();
  const [draft, setDraft] = useState<PlanDraft>(() =>
    newPlanDraft(groupNow(group.timeZone).slice(0, 10)),
  );
  const [errors, setErrors] = useState<FieldErrors<PlanField>>({});
  const form = useFocusFirstInvalid(errors);
  const { state, run, busy, reset } = useSubmit<Series>();

  const change = (next: PlanDraft) => {
    setDraft(next);
    if (state.kind === 'done') reset();
  };
  const set = <K extends keyof PlanDraft>(key: K, value: PlanDraft[K]) =>
    change({ ...draft, [key]: value });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const check = checkPlanDraft(draft, groupNow(group.timeZone));
    setErrors(check.ok ? {} : check.errors);
    if (!check.ok) return;
    void run(() =>
      staffCall('schedule:create-series', { params: { groupId: group.id }, body: check.value }),
    ).then((result) => {
      if (!result?.ok) return;
      // Ready for the next one on the same day; what was just planned is in the list.
      setDraft(newPlanDraft(draft.date));
      onScheduled();
    });
  };

  return (
    <form
      ref={form}
      className="staff-form subform"
      noValidate
      aria-labelledby={headingId}
      onSubmit={submit}
    >
      <h3 id={headingId}>{t('schedule.formHeading')}</h3>
      <Field label={t('schedule.title')} hint={t('schedule.titleHint')} error={errors.title}>
        {(control) => (
          <input
            {...control}
            type="text"
            value={draft.title}
            onChange={(e) => set('title', e.target.value)}
            maxLength={TITLE_MAX}
            autoComplete="off"
            dir="auto"
          />
        )}
      </Field>
      <WhenFields draft={draft} errors={errors} timeZone={group.timeZone} onChange={change} />
      <Field
        label={t('schedule.duration')}
        hint={t('schedule.durationHint', DURATION_LIMITS)}
        error={errors.duration}
      >
        {(control) => (
          <input
            {...control}
            type="number"
            inputMode="numeric"
            min={DURATION_LIMITS.min}
            max={DURATION_LIMITS.max}
            step={15}
            value={draft.duration}
            onChange={(e) => set('duration', e.target.value)}
            className="narrow"
          />
        )}
      </Field>
      <PlaceFields draft={draft} errors={errors} onChange={change} />
      <Field
        label={t('schedule.capacity')}
        hint={t('schedule.capacityHint', { capacity: group.capacity })}
        error={errors.capacity}
      >
        {(control) => (
          <input
            {...control}
            type="number"
            inputMode="numeric"
            min={CAPACITY_LIMITS.min}
            max={CAPACITY_LIMITS.max}
            step={1}
            value={draft.capacity}
            onChange={(e) => set('capacity', e.target.value)}
            className="narrow"
          />
        )}
      </Field>
      <Field
        label={t('schedule.opensBefore')}
        hint={t('schedule.opensBeforeHint', OPENS_BEFORE_LIMITS)}
        error={errors.opensBefore}
      >
        {(control) => (
          <input
            {...control}
            type="number"
            inputMode="numeric"
            min={OPENS_BEFORE_LIMITS.min}
            max={OPENS_BEFORE_LIMITS.max}
            step={5}
            value={draft.opensBefore}
            onChange={(e) => set('opensBefore', e.target.value)}
            className="narrow"
          />
        )}
      </Field>
      <ModeratorChoice
        groupId={group.id}
        chosen={draft.moderatorIds}
        onChange={(ids) => set('moderatorIds', ids)}
      />
      <button type="submit" className="button primary" aria-busy={busy}>
        {t('schedule.submit')}
      </button>
      <SubmitStatus
        state={state}
        busy={t('schedule.scheduling')}
        done={(series) => t('schedule.scheduled', { title: series.title })}
      />
    </form>
  );
}
