import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupView } from '@haven/protocol';
import { useFocusFirstInvalid } from '../staff/Field';
import type { FieldErrors } from '../staff/form-check';
import { SubmitStatus } from '../staff/SubmitStatus';
import { staffCall } from '../staff/use-staff-session';
import { useSubmit } from '../staff/use-submit';
import { zoneLabel } from '../schedule/format-when';
import { ArchiveGroup } from './ArchiveGroup';
import { checkGroupDraft, draftOf, settingsChanges, type GroupDraft } from './group-form';
import { GroupFields } from './GroupFields';
import { languageLabel } from './group-languages';

interface GroupSettingsProps {
  group: GroupView;
  canEdit: boolean;
  onChanged: (group: GroupView) => void;
}

export function GroupSettings({ group, canEdit, onChanged }: GroupSettingsProps) {
  const { t } = useTranslation('staff');
  const headingId = useId();
  return (
    <section id="settings" className="staff-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('settings.heading')}</h2>
      {canEdit ? (
        <>
          <SettingsForm group={group} onChanged={onChanged} />
          <ArchiveGroup group={group} onArchived={onChanged} />
        </>
      ) : (
        <SettingsSummary group={group} />
      )}
    </section>
  );
}

function SettingsForm({ group, onChanged }: Omit<GroupSettingsProps, 'canEdit'>) {
  const { t } = useTranslation('staff');
  const [draft, setDraft] = useState<GroupDraft>(() => draftOf(group));
  const [errors, setErrors] = useState<FieldErrors<keyof GroupDraft>>({});
  const form = useFocusFirstInvalid(errors);
  const { state, run, busy, reset } = useSubmit<GroupView | null>();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const check = checkGroupDraft(draft);
    setErrors(check.ok ? {} : check.errors);
    if (!check.ok) return;
    const changes = settingsChanges(group, check.value);
    // Nothing to send: say so rather than ask the server to change nothing.
    if (Object.keys(changes).length === 0) {
      void run(() => Promise.resolve({ ok: true, data: null }));
      return;
    }
    void run(() =>
      staffCall('groups:update', { params: { groupId: group.id }, body: changes }),
    ).then((result) => {
      if (result?.ok && result.data) onChanged(result.data);
    });
  };

  return (
    <form ref={form} className="staff-form" noValidate onSubmit={submit}>
      <GroupFields
        draft={draft}
        errors={errors}
        savedLanguage={group.language}
        savedTimeZone={group.timeZone}
        onChange={(next) => {
          setDraft(next);
          if (state.kind === 'done') reset();
        }}
      />
      <button type="submit" className="button primary" aria-busy={busy}>
        {t('settings.submit')}
      </button>
      <SubmitStatus
        state={state}
        busy={t('common.saving')}
        done={(data) => (data ? t('settings.saved') : t('settings.unchanged'))}
      />
    </form>
  );
}

/** What moderators see: the settings, not a form. */
function SettingsSummary({ group }: { group: GroupView }) {
  const { t, i18n } = useTranslation('staff');
  return (
    <dl className="summary">
      <dt>{t('groupForm.description')}</dt>
      <dd dir="auto">{group.description || t('settings.noDescription')}</dd>
      <dt>{t('groupForm.lobbyMessage')}</dt>
      <dd dir="auto">{group.lobbyMessage || t('settings.noLobbyMessage')}</dd>
      <dt>{t('groupForm.language')}</dt>
      <dd>{languageLabel(group.language, i18n.language)}</dd>
      <dt>{t('groupForm.timeZone')}</dt>
      <dd>
        <bdi dir="ltr">{zoneLabel(group.timeZone)}</bdi>
      </dd>
      <dt>{t('groupForm.visibility')}</dt>
      <dd>{t(`visibility.${group.visibility}`)}</dd>
      <dt>{t('groupForm.capacity')}</dt>
      <dd>{group.capacity}</dd>
      <dt>{t('groupForm.approval')}</dt>
      <dd>{group.approvalRequired ? t('common.yes') : t('common.no')}</dd>
      <dt>{t('groupForm.media')}</dt>
      <dd>{t(`groupMedia.${group.media}`)}</dd>
      {group.media === 'audio_video' && (
        <>
          <dt>{t('groupForm.cameraOnAtJoin')}</dt>
          <dd>{group.cameraOnAtJoin ? t('common.yes') : t('common.no')}</dd>
        </>
      )}
      <dt>{t('groupForm.retention')}</dt>
      <dd>{group.retentionDays}</dd>
      <dt>{t('groupForm.maskContacts')}</dt>
      <dd>{group.maskContacts ? t('common.yes') : t('common.no')}</dd>
    </dl>
  );
}
