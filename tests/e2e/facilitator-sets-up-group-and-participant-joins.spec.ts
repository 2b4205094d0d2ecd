import { mkdirSync } from 'node:fs';
import { expect, test } from './fixtures';

test('a facilitator sets up a closed group in the browser; a participant joins by invite in Arabic and chats with its moderator', async ({
  browser,
  haven,
}) => {
  mkdirSync('test-results/screenshots', { recursive: true });
  const password = 'a long passphrase for farah';

  // The first facilitator comes from the documented command; the password is set in the browser.
  const made = (await haven.cli(
    'create-facilitator',
    '--email',
    'farah@example.org',
    '--name',
    'Farah',
  )) as { link: string };
  const office = await browser.newContext();
  const farah = await office.newPage();
  await farah.goto(made.link);
  await farah.getByLabel('New password').fill(password);
  await farah.getByRole('button', { name: 'Set password' }).click();
  await farah.getByRole('link', { name: 'Sign in' }).click();
  await farah.getByLabel('Email').fill('farah@example.org');
  await farah.getByLabel('Password').fill(password);
  await farah.getByRole('button', { name: 'Sign in' }).click();
  await expect(farah.getByRole('heading', { name: 'Your groups' })).toBeVisible();

  // A moderator joins the staff through a one-time invite link.
  await farah.getByRole('combobox', { name: 'Role' }).selectOption({ label: 'Moderator' });
  await farah.getByRole('button', { name: 'Create staff invite' }).click();
  const staffLink = await farah.getByRole('textbox', { name: 'Staff invite link' }).inputValue();
  const desk = await browser.newContext();
  const mo = await desk.newPage();
  await mo.goto(staffLink);
  await mo.getByLabel('Name').fill('Mo');
  await mo.getByLabel('Email').fill('mo@example.org');
  await mo.getByLabel('New password').fill('another long passphrase');
  await mo.getByRole('button', { name: 'Create account' }).click();
  await expect(mo.getByRole('heading', { name: 'Your groups' })).toBeVisible();

  // A closed group with its agreement, run by Farah.
  await farah.getByLabel('Group name').fill('دائرة القادمين الجدد');
  await farah.getByRole('combobox', { name: 'Language' }).selectOption('ar');
  await farah.getByLabel('Group agreement').fill('ما يُقال هنا يبقى هنا.');
  await farah.getByRole('button', { name: 'Create group' }).click();
  await expect(farah.getByRole('heading', { name: 'دائرة القادمين الجدد' })).toBeVisible();

  await farah
    .getByRole('combobox', { name: 'Staff member' })
    .selectOption({ label: 'Mo – mo@example.org' });
  await farah
    .getByRole('region', { name: 'Staff' })
    .getByRole('combobox', { name: 'Role' })
    .selectOption({ label: 'Moderator' });
  await farah.getByRole('button', { name: 'Assign' }).click();
  await expect(farah.getByRole('region', { name: 'Staff' })).toContainText('Mo');

  await farah.getByLabel('Session title').fill('لقاء الثلاثاء');
  // A closed group's sessions have a lobby unless the facilitator says otherwise.
  await expect(
    farah.getByRole('checkbox', { name: 'People wait until a moderator lets them in' }),
  ).toBeChecked();
  await farah.getByRole('button', { name: 'Create session' }).click();
  await expect(farah.getByRole('list', { name: 'Sessions' })).toContainText('لقاء الثلاثاء');

  await farah.getByRole('button', { name: 'Create invite link' }).click();
  await expect(farah.getByRole('img', { name: 'QR code for the invite link' })).toBeVisible();
  const invite = await farah.getByRole('textbox', { name: 'Invite link' }).inputValue();
  await farah.screenshot({
    path: 'test-results/screenshots/facilitator-group.png',
    fullPage: true,
  });

  // The participant, on a phone, in Arabic.
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const amal = await phone.newPage();
  await amal.goto(invite);
  await amal.getByRole('button', { name: 'العربية' }).click();
  await expect(amal.getByText('ما يُقال هنا يبقى هنا.')).toBeVisible();
  await amal.getByRole('textbox', { name: 'الاسم الظاهر' }).fill('أمل');
  await amal.getByRole('checkbox', { name: 'أوافق على اتفاق المجموعة' }).check();
  await amal.getByRole('button', { name: 'الانضمام إلى المجموعة' }).click();
  await amal.getByRole('link', { name: 'لقاء الثلاثاء' }).click();
  // Nobody has let her in yet: she waits in the lobby.
  await expect(amal.getByRole('heading', { name: 'أنت في الردهة' })).toBeVisible();

  // The moderator opens the session from the group page, is in the room as staff, and lets
  // her in from the lobby.
  await mo.reload();
  await mo.getByRole('link', { name: 'دائرة القادمين الجدد' }).click();
  await mo
    .getByRole('list', { name: 'Sessions' })
    .getByRole('link', { name: 'لقاء الثلاثاء' })
    .click();
  await expect(mo.getByRole('list', { name: 'Lobby' })).toContainText('أمل');
  await mo.getByRole('button', { name: 'Admit أمل', exact: true }).click();
  const message = amal.getByRole('textbox', { name: 'الرسالة' });
  await expect(message).toBeVisible();
  await expect(mo.getByRole('list', { name: 'Participants' })).toContainText('أمل');

  await message.fill('مرحبا، أنا جديدة هنا');
  await amal.getByRole('button', { name: 'إرسال' }).click();
  await expect(mo.getByRole('region', { name: 'Chat' })).toContainText('مرحبا، أنا جديدة هنا');
  await mo.getByRole('textbox', { name: 'Message' }).fill('أهلاً بك يا أمل');
  await mo.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(amal.getByRole('region', { name: 'الدردشة' })).toContainText('أهلاً بك يا أمل');

  // Farah sees the new member by pseudonym.
  await farah.reload();
  await expect(farah.getByRole('list', { name: 'Members' })).toContainText('أمل');

  await office.close();
  await desk.close();
  await phone.close();
});
