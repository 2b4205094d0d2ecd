import {
  AGREEMENT_MAX,
  LOBBY_MESSAGE_MAX,
  CreateGroupRequest,
  type GroupMedia,
  GROUP_CAPACITY_DEFAULT,
  GROUP_CAPACITY_MAX,
  RETENTION_DAYS_DEFAULT,
  RETENTION_DAYS_MAX,
  RETENTION_DAYS_MIN,
  type GroupView,
  type HttpBody,
} from '@haven/protocol';
import {
  checkText,
  parseWholeNumber,
  settle,
  type FieldError,
  type FormCheck,
} from '../staff/form-check';

const NAME_MAX = CreateGroupRequest.shape.name.maxLength ?? 80;
const DESCRIPTION_MAX = CreateGroupRequest.shape.description.unwrap().maxLength ?? 1000;
export const CAPACITY_MIN = 2;
export { GROUP_CAPACITY_MAX as CAPACITY_MAX };

/** The settings form as typed: the capacity stays text until it is checked. */
export interface GroupDraft {
  name: string;
  description: string;
  language: string;
  visibility: 'open' | 'closed';
  capacity: string;
  approvalRequired: boolean;
  media: GroupMedia;
  cameraOnAtJoin: boolean;
  lobbyMessage: string;
  /** IANA zone the group's sessions are planned in. */
  timeZone: string;
  /** Participants see phone numbers and email addresses in chat as •••; moderators see them. */
  maskContacts: boolean;
  /** Days what people write is kept; text until it is checked, like the capacity. */
  retentionDays: string;
}

/** The choices of the media field, richest first. */
export const MEDIA_CHOICES: readonly GroupMedia[] = ['audio_video', 'audio_only', 'text_only'];

export type GroupSettings = Required<HttpBody<'groups:update'>>;
export type NewGroup = HttpBody<'groups:create'>;

export type GroupField = keyof GroupDraft | 'agreement';

/**
 * A new group starts closed (invite only) with the default capacity, in the page's language,
 * with audio and video and cameras off at join (people choose when to be seen), planned on the
 * clock of the facilitator's device (most groups meet where they are organised). Contacts are
 * shown as written, the server's default: hiding them is the facilitator's choice to make.
 */
export const newGroupDraft = (language: string, timeZone: string): GroupDraft => ({
  name: '',
  description: '',
  language,
  visibility: 'closed',
  capacity: String(GROUP_CAPACITY_DEFAULT),
  approvalRequired: false,
  media: 'audio_video',
  cameraOnAtJoin: false,
  lobbyMessage: '',
  timeZone,
  maskContacts: false,
  retentionDays: String(RETENTION_DAYS_DEFAULT),
});

export const draftOf = (group: GroupView): GroupDraft => ({
  name: group.name,
  description: group.description,
  language: group.language,
  visibility: group.visibility,
  capacity: String(group.capacity),
  approvalRequired: group.approvalRequired,
  media: group.media,
  cameraOnAtJoin: group.cameraOnAtJoin,
  lobbyMessage: group.lobbyMessage,
  timeZone: group.timeZone,
  maskContacts: group.maskContacts,
  retentionDays: String(group.retentionDays),
});

export function checkGroupDraft(draft: GroupDraft): FormCheck<GroupSettings, keyof GroupDraft> {
  const name = draft.name.trim();
  const description = draft.description.trim();
  const lobbyMessage = draft.lobbyMessage.trim();
  const capacity = parseWholeNumber(draft.capacity, CAPACITY_MIN, GROUP_CAPACITY_MAX);
  const retention = parseWholeNumber(draft.retentionDays, RETENTION_DAYS_MIN, RETENTION_DAYS_MAX);
  return settle(
    {
      name: checkText(name, { required: true, max: NAME_MAX }),
      description: checkText(description, { max: DESCRIPTION_MAX }),
      language: checkText(draft.language, { required: true, max: 35 }),
      capacity: capacity.ok ? null : capacity.error,
      lobbyMessage: checkText(lobbyMessage, { max: LOBBY_MESSAGE_MAX }),
      timeZone: checkText(draft.timeZone, { required: true, max: 64 }),
      retentionDays: retention.ok ? null : retention.error,
    },
    () => ({
      name,
      description,
      language: draft.language,
      visibility: draft.visibility,
      capacity: capacity.ok ? capacity.value : GROUP_CAPACITY_DEFAULT,
      approvalRequired: draft.approvalRequired,
      media: draft.media,
      cameraOnAtJoin: draft.cameraOnAtJoin,
      lobbyMessage,
      timeZone: draft.timeZone,
      maskContacts: draft.maskContacts,
      retentionDays: retention.ok ? retention.value : RETENTION_DAYS_DEFAULT,
    }),
  );
}

export function checkAgreement(text: string) {
  return checkText(text.trim(), { required: true, max: AGREEMENT_MAX });
}

export function checkNewGroup(
  draft: GroupDraft,
  agreement: string,
): FormCheck<NewGroup, GroupField> {
  const settings = checkGroupDraft(draft);
  const agreementError = checkAgreement(agreement);
  if (settings.ok && !agreementError)
    return { ok: true, value: { ...settings.value, agreement: agreement.trim() } };
  return {
    ok: false,
    errors: {
      ...(settings.ok ? {} : settings.errors),
      ...(agreementError && { agreement: agreementError }),
    },
  };
}

/** Only what differs from the group as it is: the update route takes at least one field. */
export function settingsChanges(group: GroupView, settings: GroupSettings): Partial<GroupSettings> {
  const changes: Partial<GroupSettings> = {};
  for (const key of Object.keys(settings) as (keyof GroupSettings)[])
    if (settings[key] !== group[key]) Object.assign(changes, { [key]: settings[key] });
  return changes;
}

/**
 * The text to publish as a new agreement version, or why not: the same text again is not a new
 * version (the server would keep the current one and ask nobody to accept again).
 */
export function checkNewAgreement(
  current: string,
  draft: string,
): { ok: true; text: string } | { ok: false; error: FieldError } {
  const error = checkAgreement(draft);
  if (error) return { ok: false, error };
  const text = draft.trim();
  return text === current.trim() ? { ok: false, error: { kind: 'unchanged' } } : { ok: true, text };
}
