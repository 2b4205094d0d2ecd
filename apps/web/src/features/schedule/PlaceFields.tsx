import { useTranslation } from 'react-i18next';
import { Field, RadioField } from '../staff/Field';
import type { FieldErrors } from '../staff/form-check';
import {
  FORMATS,
  needsVenue,
  VENUE_NAME_MAX,
  VENUE_TEXT_MAX,
  type PlanDraft,
  type PlanField,
} from './plan-form';

interface PlaceFieldsProps {
  draft: PlanDraft;
  errors: FieldErrors<PlanField>;
  onChange: (draft: PlanDraft) => void;
}

/** Online, in person or both; the venue only where people come to one. */
export function PlaceFields({ draft, errors, onChange }: PlaceFieldsProps) {
  const { t } = useTranslation('staff');
  const set = <K extends keyof PlanDraft>(key: K, value: PlanDraft[K]) =>
    onChange({ ...draft, [key]: value });

  return (
    <>
      <RadioField
        legend={t('schedule.format')}
        value={draft.format}
        onChange={(format) => set('format', format)}
        options={FORMATS.map((format) => ({
          value: format,
          label: t(`schedule.formats.${format}`),
          hint: t(`schedule.formatHints.${format}`),
        }))}
      />
      {/* What was typed stays while switching back and forth; an online session sends none. */}
      {needsVenue(draft.format) && (
        <>
          <Field
            label={t('schedule.venueName')}
            hint={t('schedule.venueHint')}
            error={errors.venueName}
          >
            {(control) => (
              <input
                {...control}
                type="text"
                value={draft.venueName}
                onChange={(e) => set('venueName', e.target.value)}
                maxLength={VENUE_NAME_MAX}
                autoComplete="off"
                dir="auto"
              />
            )}
          </Field>
          <Field label={t('schedule.venueAddress')} error={errors.venueAddress}>
            {(control) => (
              <textarea
                {...control}
                rows={2}
                value={draft.venueAddress}
                onChange={(e) => set('venueAddress', e.target.value)}
                maxLength={VENUE_TEXT_MAX}
                dir="auto"
              />
            )}
          </Field>
          <Field
            label={t('schedule.venueAccess')}
            hint={t('schedule.venueAccessHint')}
            error={errors.venueAccess}
          >
            {(control) => (
              <textarea
                {...control}
                rows={2}
                value={draft.venueAccess}
                onChange={(e) => set('venueAccess', e.target.value)}
                maxLength={VENUE_TEXT_MAX}
                dir="auto"
              />
            )}
          </Field>
        </>
      )}
    </>
  );
}
