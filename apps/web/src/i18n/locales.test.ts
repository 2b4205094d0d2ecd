import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '@haven/protocol';
import en from './locales/en.json';
import ar from './locales/ar.json';
import staffEn from './locales/staff/en.json';
import staffAr from './locales/staff/ar.json';

type Tree = { [key: string]: string | Tree };

/** Every leaf as `dotted.key` → text. */
function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const leaves = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') leaves.set(path, value);
    else for (const [k, v] of flatten(value, path)) leaves.set(k, v);
  }
  return leaves;
}

const PLURAL = /_(zero|one|two|few|many|other)$/;
const base = (key: string): string => key.replace(PLURAL, '');

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1] ?? '').sort();

const english = flatten(en);
const arabic = flatten(ar);
const staffEnglish = flatten(staffEn);
const staffArabic = flatten(staffAr);

/** The participant strings, and the staff pages' own (loaded with their code). */
const namespaces = [
  { name: 'translation', english, arabic },
  { name: 'staff', english: staffEnglish, arabic: staffArabic },
];

describe.each(namespaces)('locales: $name', ({ english, arabic }) => {
  // Plural forms differ by language (Arabic has six, English two): compared by their base key.
  it('en and ar have exactly the same keys', () => {
    const bases = (texts: Map<string, string>) => [...new Set([...texts.keys()].map(base))].sort();
    expect(bases(arabic)).toEqual(bases(english));
  });

  it('has every plural form each language needs', () => {
    for (const key of english.keys()) {
      if (!PLURAL.test(key)) continue;
      for (const form of ['one', 'other'])
        expect(english.has(`${base(key)}_${form}`), key).toBe(true);
      for (const form of ['zero', 'one', 'two', 'few', 'many', 'other'])
        expect(arabic.has(`${base(key)}_${form}`), key).toBe(true);
    }
  });

  it('has no empty strings', () => {
    for (const [key, text] of [...english, ...arabic]) expect(text.trim(), key).not.toBe('');
  });

  it('uses the same placeholders in every language', () => {
    for (const [key, text] of english)
      if (!PLURAL.test(key))
        expect(placeholders(arabic.get(key) ?? ''), key).toEqual(placeholders(text));
    // A plural form may leave the number out ("عبارتان", two phrases), but adds nothing.
    for (const [key, text] of arabic) {
      if (!PLURAL.test(key)) continue;
      const other = placeholders(english.get(`${base(key)}_other`) ?? '');
      for (const name of placeholders(text)) expect(other, key).toContain(name);
    }
  });
});

describe('locales', () => {
  it('translates every protocol error code', () => {
    for (const code of Object.keys(ERROR_CODES))
      expect(english.has(`errors.${code}`), code).toBe(true);
  });

  it('keeps the stable English names that browser tests rely on', () => {
    expect(english.get('join.displayName')).toBe('Display name');
    expect(english.get('join.agree')).toBe('I agree to the group agreement');
    expect(english.get('join.submit')).toBe('Join session');
    expect(english.get('safety.needSupport')).toBe('I need support');
    expect(english.get('safety.quickExit.button')).toBe('Quick exit');
    expect(english.get('invite.submit')).toBe('Join group');
    expect(english.get('chat.message')).toBe('Message');
    expect(english.get('chat.send')).toBe('Send');
    expect(english.get('chat.heading')).toBe('Chat');
    expect(english.get('room.participants')).toBe('Participants');
    expect(english.get('room.leave')).toBe('Leave');
    expect(english.get('media.microphone')).toBe('Microphone');
    expect(english.get('media.camera')).toBe('Camera');
    expect(english.get('media.audioOnly')).toBe('Audio only');
    expect(english.get('media.dataSaver')).toBe('Data saver');
    expect(english.get('hands.raise')).toBe('Raise hand');
    expect(english.get('moderation.mute')).toBe('Mute {{name}}');
    expect(english.get('moderation.remove')).toBe('Remove {{name}}');
    expect(english.get('moderation.muteAll')).toBe('Mute all');
    expect(english.get('moderation.lockRoom')).toBe('Lock room');
    expect(english.get('moderation.endForAll')).toBe('End session for all');
    expect(english.get('room.lobby.title')).toBe('Lobby');
    expect(english.get('room.lobby.admit')).toBe('Admit {{name}}');
    expect(english.get('room.lobby.deny')).toBe('Deny {{name}}');
    expect(english.get('room.lobby.admitAll')).toBe('Admit all');
    expect(english.get('copy.button')).toBe('Copy link');
    expect(english.get('mySessions.going')).toBe('Going');
    expect(english.get('mySessions.notGoing')).toBe('Not going');
    expect(english.get('mySessions.join')).toBe('Join');
    expect(english.get('mySessions.addToCalendar')).toBe('Add to calendar');
    expect(english.get('mySessions.addSeries')).toBe('Add the whole series');
    expect(english.get('mySessions.feeds.buttonName')).toBe('Calendar feed for {{group}}');
    expect(english.get('checkIn.code')).toBe('Check-in code');
    expect(english.get('checkIn.submit')).toBe('Check in');
    expect(english.get('checkIn.saved')).toBe('Saved. It will be sent when you are back online.');
    expect(english.get('checkIn.done')).toBe('You are checked in for {{title}}');
    expect(english.get('mood.arriving')).toBe('How are you arriving today?');
    expect(english.get('mood.leaving')).toBe('How are you leaving?');
    expect(english.get('mood.skip')).toBe('Skip');
    expect(english.get('mood.skipAndLeave')).toBe('Skip and leave');
    expect(english.get('mood.values.1')).toBe('1 – very low');
    expect(english.get('mood.values.5')).toBe('5 – very good');
    // Private check-ins, held messages and reports (moderator-checks-in-privately.spec.ts).
    expect(english.get('talk.checkIn')).toBe('Check in privately with {{name}}');
    expect(english.get('talk.messageTo')).toBe('Private message to {{name}}');
    expect(english.get('talk.messageToModerators')).toBe('Private message to moderators');
    expect(english.get('talk.send')).toBe('Send privately');
    expect(english.get('talk.sendTo')).toBe('Send privately to {{name}}');
    expect(english.get('talk.shareResourcesWith')).toBe('Share crisis resources with {{name}}');
    expect(english.get('talk.endWith')).toBe('End check-in with {{name}}');
    expect(english.get('talk.join')).toBe('Join check-in with {{name}}');
    expect(english.get('talk.onlyYou')).toBe('Only you and the moderators can see this.');
    expect(english.get('held.title')).toBe('Held messages');
    expect(english.get('held.share')).toBe("Share {{name}}'s message");
    expect(english.get('held.delete')).toBe("Delete {{name}}'s message");
    expect(english.get('chat.held')).toBe('Waiting for a moderator');
    expect(english.get('chat.declined')).toBe('Not shared by a moderator');
    expect(english.get('chat.report')).toBe("Report {{name}}'s message");
    expect(english.get('reports.person')).toBe('Report {{name}}');
    expect(english.get('reports.reason')).toBe('What happened? (optional)');
    expect(english.get('reports.send')).toBe('Send report');
    expect(english.get('reports.title')).toBe('Reports');
    expect(english.get('reports.record')).toBe('Record action');
  });

  it('keeps the stable English names of the staff pages', () => {
    const names = {
      'signIn.email': 'Email',
      'signIn.password': 'Password',
      'signIn.submit': 'Sign in',
      'setPassword.password': 'New password',
      'setPassword.submit': 'Set password',
      'join.name': 'Name',
      'join.email': 'Email',
      'join.password': 'New password',
      'join.submit': 'Create account',
      'shell.signOut': 'Sign out',
      'groupForm.name': 'Group name',
      'groupForm.description': 'Description',
      'groupForm.language': 'Language',
      'groupForm.visibility': 'Visibility',
      'groupForm.capacity': 'Capacity',
      'groupForm.approval': 'Require approval',
      'groupForm.media': 'Audio and video',
      'groupForm.cameraOnAtJoin': 'Cameras on when people join',
      'agreement.field': 'Group agreement',
      'newGroup.submit': 'Create group',
      'staffInvite.submit': 'Create staff invite',
      'groupForm.timeZone': 'Time zone',
      'schedule.title': 'Title',
      'schedule.date': 'Start date',
      'schedule.time': 'Start time',
      'schedule.repeat': 'Repeats',
      'schedule.duration': 'Duration (minutes)',
      'schedule.venueName': 'Venue name',
      'schedule.venueAddress': 'Address',
      'schedule.venueAccess': 'Access notes',
      'schedule.capacity': 'Capacity',
      'schedule.opensBefore': 'Room opens (minutes before)',
      'schedule.submit': 'Schedule',
      'schedule.move': 'Move {{date}}',
      'schedule.cancel': 'Cancel {{date}}',
      'schedule.restore': 'Restore {{date}}',
      'schedule.stop': 'Stop series {{title}}',
      'settings.submit': 'Save changes',
      'archive.button': 'Archive group',
      'agreement.submit': 'Publish agreement',
      'groupStaff.assign': 'Assign',
      'groupStaff.remove': 'Remove {{name}}',
      'members.heading': 'Members',
      'sessions.title': 'Session title',
      'sessions.submit': 'Create session',
      'invites.expiresIn': 'Expires in days',
      'invites.maxUses': 'Maximum uses',
      'invites.submit': 'Create invite link',
      'invites.qr': 'QR code for the invite link',
      'checkin.linkName': 'Check-in for {{date}}',
      'checkin.codeHeading': 'Check-in code',
      'checkin.changesIn': 'Changes in {{time}}',
      'checkin.counts.inPerson': 'In person',
      'checkin.counts.online': 'Online',
      'checkin.counts.headcount': 'Headcount',
      'checkin.counts.total': 'Total',
      'checkin.checkInName': 'Check in {{name}}',
      'checkin.undoName': 'Undo check-in for {{name}}',
      'checkin.headcount': 'People without a phone',
      'checkin.saveHeadcount': 'Save headcount',
      'dashboard.heading': 'Attendance',
      'dashboard.tableName': 'Attendance by session',
      'dashboard.download': 'Download CSV',
      'groupForm.maskContacts': 'Hide phone numbers and email addresses from participants',
      'watched.heading': 'Watched words',
      'watched.phrase': 'Phrase {{number}}',
      'watched.action': 'Action for phrase {{number}}',
      'watched.actions.block': 'Block — not sent',
      'watched.actions.hold': 'Hold for a moderator',
      'watched.actions.flag': 'Flag to moderators',
      'watched.remove': 'Remove phrase {{number}}',
      'watched.add': 'Add phrase',
      'watched.save': 'Save watched words',
      'platform.title': 'Platform safety',
      'sessions.reports': 'Reports',
      'sessions.reportsName': 'Reports of {{title}}',
      'reports.none': 'No reports in this session.',
      'reports.noAction': 'No action recorded',
    };
    for (const [key, name] of Object.entries(names)) expect(staffEnglish.get(key), key).toBe(name);
  });
});
