import { describe, expect, it } from 'vitest';
import {
  CreateGroupRequest,
  LOBBY_MESSAGE_MAX,
  RETENTION_DAYS_DEFAULT,
  RETENTION_DAYS_MAX,
  RETENTION_DAYS_MIN,
  UpdateGroupRequest,
  type GroupView,
} from '@haven/protocol';
import {
  checkGroupDraft,
  checkNewAgreement,
  checkNewGroup,
  draftOf,
  newGroupDraft,
  settingsChanges,
} from './group-form';

const GROUP: GroupView = {
  id: 'g1',
  name: 'Newcomers',
  description: 'Tuesday evenings',
  language: 'ar',
  visibility: 'closed',
  capacity: 12,
  approvalRequired: false,
  media: 'audio_video',
  cameraOnAtJoin: false,
  lobbyMessage: 'We start at six.',
  timeZone: 'Europe/Berlin',
  maskContacts: false,
  retentionDays: 90,
  agreement: { version: 2, text: 'Be kind.' },
  archived: false,
  myRole: 'facilitator',
};

describe('checkNewGroup', () => {
  it('gives a request the server accepts', () => {
    const draft = { ...newGroupDraft('ar', 'Asia/Amman'), name: ' Newcomers ', capacity: '8' };
    const check = checkNewGroup(draft, '  Be kind.\n');
    expect(check).toEqual({
      ok: true,
      value: {
        name: 'Newcomers',
        description: '',
        language: 'ar',
        visibility: 'closed',
        capacity: 8,
        approvalRequired: false,
        media: 'audio_video',
        cameraOnAtJoin: false,
        lobbyMessage: '',
        timeZone: 'Asia/Amman',
        maskContacts: false,
        retentionDays: 90,
        agreement: 'Be kind.',
      },
    });
    expect(check.ok && CreateGroupRequest.safeParse(check.value).success).toBe(true);
  });

  it('starts from the defaults: closed, 12 people, audio and video with cameras off', () => {
    expect(newGroupDraft('en', 'Europe/Kyiv')).toMatchObject({
      visibility: 'closed',
      capacity: '12',
      media: 'audio_video',
      cameraOnAtJoin: false,
      timeZone: 'Europe/Kyiv',
    });
  });

  it('sends the media choice as picked', () => {
    const draft = { ...newGroupDraft('en', 'UTC'), name: 'Carers', media: 'audio_only' as const };
    const check = checkNewGroup(draft, 'Be kind.');
    expect(check.ok && check.value).toMatchObject({ media: 'audio_only', cameraOnAtJoin: false });
    expect(check.ok && CreateGroupRequest.safeParse(check.value).success).toBe(true);
  });

  it('says which fields are missing or out of bounds', () => {
    const draft = { ...newGroupDraft('en', 'UTC'), capacity: '1', description: 'x'.repeat(1001) };
    expect(checkNewGroup(draft, ' ')).toEqual({
      ok: false,
      errors: {
        name: { kind: 'required' },
        description: { kind: 'tooLong', max: 1000 },
        capacity: { kind: 'wholeNumber', min: 2, max: 50 },
        agreement: { kind: 'required' },
      },
    });
  });
});

describe('settingsChanges', () => {
  it('is empty when nothing changed', () => {
    const check = checkGroupDraft(draftOf(GROUP));
    expect(check.ok && settingsChanges(GROUP, check.value)).toEqual({});
  });

  it('holds only the changed fields, in a request the server accepts', () => {
    const check = checkGroupDraft({ ...draftOf(GROUP), capacity: '10', visibility: 'open' });
    if (!check.ok) throw new Error('draft refused');
    const changes = settingsChanges(GROUP, check.value);
    expect(changes).toEqual({ capacity: 10, visibility: 'open' });
    expect(UpdateGroupRequest.safeParse(changes).success).toBe(true);
  });

  it('carries a change of the media settings', () => {
    const check = checkGroupDraft({ ...draftOf(GROUP), media: 'text_only', cameraOnAtJoin: true });
    if (!check.ok) throw new Error('draft refused');
    const changes = settingsChanges(GROUP, check.value);
    expect(changes).toEqual({ media: 'text_only', cameraOnAtJoin: true });
    expect(UpdateGroupRequest.safeParse(changes).success).toBe(true);
  });

  it('reads the media settings of a group into the form', () => {
    const group: GroupView = { ...GROUP, media: 'audio_only', cameraOnAtJoin: true };
    expect(draftOf(group)).toMatchObject({ media: 'audio_only', cameraOnAtJoin: true });
  });
});

describe('the time zone', () => {
  it('is read from the group and sent only when it changed', () => {
    expect(draftOf(GROUP).timeZone).toBe('Europe/Berlin');
    const check = checkGroupDraft({ ...draftOf(GROUP), timeZone: 'America/Toronto' });
    if (!check.ok) throw new Error('draft refused');
    const changes = settingsChanges(GROUP, check.value);
    expect(changes).toEqual({ timeZone: 'America/Toronto' });
    expect(UpdateGroupRequest.safeParse(changes).success).toBe(true);
  });
});

describe('hiding contacts in chat', () => {
  it('is off for a new group, and sent when it is turned on', () => {
    const draft = { ...newGroupDraft('ar', 'UTC'), name: 'Carers' };
    expect(draft.maskContacts).toBe(false);
    const check = checkNewGroup({ ...draft, maskContacts: true }, 'Be kind.');
    expect(check.ok && check.value.maskContacts).toBe(true);
    expect(check.ok && CreateGroupRequest.safeParse(check.value).success).toBe(true);
  });

  it('is read from the group and sent only when it changed', () => {
    const group: GroupView = { ...GROUP, maskContacts: true };
    expect(draftOf(group).maskContacts).toBe(true);
    const same = checkGroupDraft(draftOf(group));
    expect(same.ok && settingsChanges(group, same.value)).toEqual({});
    const check = checkGroupDraft({ ...draftOf(group), maskContacts: false });
    if (!check.ok) throw new Error('draft refused');
    const changes = settingsChanges(group, check.value);
    expect(changes).toEqual({ maskContacts: false });
    expect(UpdateGroupRequest.safeParse(changes).success).toBe(true);
  });
});

describe('the retention period', () => {
  it('starts at the default and is read from the group', () => {
    expect(newGroupDraft('en', 'UTC').retentionDays).toBe(String(RETENTION_DAYS_DEFAULT));
    expect(draftOf({ ...GROUP, retentionDays: 30 }).retentionDays).toBe('30');
  });

  it('is sent as a number only when it changed, within its bounds', () => {
    const check = checkGroupDraft({ ...draftOf(GROUP), retentionDays: ' 30 ' });
    if (!check.ok) throw new Error('draft refused');
    const changes = settingsChanges(GROUP, check.value);
    expect(changes).toEqual({ retentionDays: 30 });
    expect(UpdateGroupRequest.safeParse(changes).success).toBe(true);
    for (const days of ['0', String(RETENTION_DAYS_MAX + 1), '1.5', ''])
      expect(checkGroupDraft({ ...draftOf(GROUP), retentionDays: days })).toEqual({
        ok: false,
        errors: {
          retentionDays: { kind: 'wholeNumber', min: RETENTION_DAYS_MIN, max: RETENTION_DAYS_MAX },
        },
      });
  });
});

describe('checkNewAgreement', () => {
  it('publishes a changed text, trimmed', () => {
    expect(checkNewAgreement('Be kind.', ' Be kind. Listen. ')).toEqual({
      ok: true,
      text: 'Be kind. Listen.',
    });
  });

  it('refuses the current text and an empty one', () => {
    expect(checkNewAgreement('Be kind.', 'Be kind.\n')).toEqual({
      ok: false,
      error: { kind: 'unchanged' },
    });
    expect(checkNewAgreement('Be kind.', '  ')).toEqual({
      ok: false,
      error: { kind: 'required' },
    });
  });
});

describe('the lobby message', () => {
  it('is trimmed, may be empty, and refused past its limit', () => {
    const draft = draftOf(GROUP);
    const trimmed = checkGroupDraft({ ...draft, lobbyMessage: '  Tea is ready.  ' });
    expect(trimmed.ok && trimmed.value.lobbyMessage).toBe('Tea is ready.');
    expect(trimmed.ok && settingsChanges(GROUP, trimmed.value)).toEqual({
      lobbyMessage: 'Tea is ready.',
    });
    const cleared = checkGroupDraft({ ...draft, lobbyMessage: '   ' });
    expect(cleared.ok && cleared.value.lobbyMessage).toBe('');
    const long = checkGroupDraft({ ...draft, lobbyMessage: 'x'.repeat(LOBBY_MESSAGE_MAX + 1) });
    expect(long.ok ? null : long.errors.lobbyMessage).toMatchObject({ kind: 'tooLong' });
  });
});
