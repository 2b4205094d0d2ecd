import { useTranslation } from 'react-i18next';
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
}

/** A group's settings, the same when it is created and when it is edited. */
export function GroupFields({ draft, errors, onChange, savedLanguage }: GroupFieldsProps) {
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
    </>
  );
}
