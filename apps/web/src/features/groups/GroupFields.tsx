import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { RETENTION_DAYS_MAX, RETENTION_DAYS_MIN } from '@haven/protocol';
import { timeZoneChoices, timeZoneOption } from '../schedule/time-zones';
import { CheckField, Field, RadioField } from '../staff/Field';
import type { FieldErrors } from '../staff/form-check';
import {
  CAPACITY_MAX,
  CAPACITY_MIN,
  MEDIA_CHOICES,
  type GroupDraft,
  type GroupField,
} from './group-form';
import { languageChoices, languageLabel } from './group-languages';

interface GroupFieldsProps {
  draft: GroupDraft;
  errors: FieldErrors<GroupField>;
  onChange: (draft: GroupDraft) => void;
  /** The group's language as saved, kept among the choices even if it is not listed. */
  savedLanguage?: string;
  /** The group's zone as saved, kept among the choices even if this browser does not know it. */
  savedTimeZone?: string;
}

/** A group's settings, the same when it is created and when it is edited. */
export function GroupFields({
  draft,
  errors,
  onChange,
  savedLanguage,
  savedTimeZone,
}: GroupFieldsProps) {
  const { t, i18n } = useTranslation('staff');
  const set = <K extends keyof GroupDraft>(key: K, value: GroupDraft[K]) =>
    onChange({ ...draft, [key]: value });

  return (
    <>
      <Field label={t('groupForm.name')} error={errors.name}>
        {(control) => (
          <input
            {...control}
            type="text"
            value={draft.name}
            onChange={(e) => set('name', e.target.value)}
            autoComplete="off"
            dir="auto"
          />
        )}
      </Field>
      <Field
        label={t('groupForm.description')}
        hint={t('groupForm.descriptionHint')}
        error={errors.description}
      >
        {(control) => (
          <textarea
            {...control}
            rows={3}
            value={draft.description}
            onChange={(e) => set('description', e.target.value)}
            dir="auto"
          />
        )}
      </Field>
      <Field
        label={t('groupForm.lobbyMessage')}
        hint={t('groupForm.lobbyMessageHint')}
        error={errors.lobbyMessage}
      >
        {(control) => (
          <textarea
            {...control}
            rows={2}
            value={draft.lobbyMessage}
            onChange={(e) => set('lobbyMessage', e.target.value)}
            dir="auto"
          />
        )}
      </Field>
      <Field label={t('groupForm.language')} hint={t('groupForm.languageHint')}>
        {(control) => (
          <select
            {...control}
            value={draft.language}
            onChange={(e) => set('language', e.target.value)}
          >
            {languageChoices(savedLanguage ?? draft.language).map((tag) => (
              <option key={tag} value={tag}>
                {languageLabel(tag, i18n.language)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <TimeZoneField
        value={draft.timeZone}
        saved={savedTimeZone ?? draft.timeZone}
        error={errors.timeZone}
        onChange={(zone) => set('timeZone', zone)}
      />
      <RadioField
        legend={t('groupForm.visibility')}
        value={draft.visibility}
        onChange={(value) => set('visibility', value)}
        options={[
          { value: 'open', label: t('visibility.open'), hint: t('groupForm.openHint') },
          { value: 'closed', label: t('visibility.closed'), hint: t('groupForm.closedHint') },
        ]}
      />
      <Field
        label={t('groupForm.capacity')}
        hint={t('groupForm.capacityHint', { min: CAPACITY_MIN, max: CAPACITY_MAX })}
        error={errors.capacity}
      >
        {(control) => (
          <input
            {...control}
            type="number"
            inputMode="numeric"
            min={CAPACITY_MIN}
            max={CAPACITY_MAX}
            step={1}
            value={draft.capacity}
            onChange={(e) => set('capacity', e.target.value)}
            className="narrow"
          />
        )}
      </Field>
      <CheckField
        label={t('groupForm.approval')}
        hint={t('groupForm.approvalHint')}
        checked={draft.approvalRequired}
        onChange={(checked) => set('approvalRequired', checked)}
      />
      <Field label={t('groupForm.media')} hint={t(`groupMedia.${draft.media}Hint`)}>
        {(control) => (
          <select
            {...control}
            value={draft.media}
            onChange={(e) => {
              const media = MEDIA_CHOICES.find((m) => m === e.target.value);
              if (media) set('media', media);
            }}
          >
            {MEDIA_CHOICES.map((media) => (
              <option key={media} value={media}>
                {t(`groupMedia.${media}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {/* Only meaningful with video; the stored choice stays for when video comes back. */}
      {draft.media === 'audio_video' && (
        <CheckField
          label={t('groupForm.cameraOnAtJoin')}
          hint={t('groupForm.cameraOnAtJoinHint')}
          checked={draft.cameraOnAtJoin}
          onChange={(checked) => set('cameraOnAtJoin', checked)}
        />
      )}
      <Field
        label={t('groupForm.retention')}
        hint={t('groupForm.retentionHint', { min: RETENTION_DAYS_MIN, max: RETENTION_DAYS_MAX })}
        error={errors.retentionDays}
      >
        {(control) => (
          <input
            {...control}
            type="number"
            inputMode="numeric"
            min={RETENTION_DAYS_MIN}
            max={RETENTION_DAYS_MAX}
            step={1}
            value={draft.retentionDays}
            onChange={(e) => set('retentionDays', e.target.value)}
            className="narrow"
          />
        )}
      </Field>
      <CheckField
        label={t('groupForm.maskContacts')}
        hint={t('groupForm.maskContactsHint')}
        checked={draft.maskContacts}
        onChange={(checked) => set('maskContacts', checked)}
      />
    </>
  );
}

interface TimeZoneFieldProps {
  value: string;
  saved: string;
  error: FieldErrors<GroupField>['timeZone'];
  onChange: (zone: string) => void;
}

/** Every zone the browser knows (some 400), labelled with its offset today. */
function TimeZoneField({ value, saved, error, onChange }: TimeZoneFieldProps) {
  const { t, i18n } = useTranslation('staff');
  const language = i18n.language;
  // Labels cost a formatter each: made once per language, not on every keystroke in the form.
  const options = useMemo(() => {
    const now = new Date();
    return timeZoneChoices(saved).map((zone) => ({
      zone,
      label: timeZoneOption(zone, language, now),
    }));
  }, [saved, language]);
  const shown = options.some((o) => o.zone === value)
    ? options
    : [...options, { zone: value, label: value }];
  return (
    <Field label={t('groupForm.timeZone')} hint={t('groupForm.timeZoneHint')} error={error}>
      {(control) => (
        <select
          {...control}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          // Zone names are Latin-script identifiers: keep them reading left to right.
          dir="ltr"
        >
          {shown.map(({ zone, label }) => (
            <option key={zone} value={zone}>
              {label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
