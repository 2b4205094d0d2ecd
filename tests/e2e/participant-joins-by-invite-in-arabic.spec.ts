import { mkdirSync } from 'node:fs';
import { expect, test } from './fixtures';
import { StaffApi } from './staff-api';

// The facilitator pages are not built yet: the facilitator's part goes through the HTTP API.
// Everything the participant and the moderator do happens in the browser.
test('a participant joins a closed group by invite in Arabic and chats with its moderator', async ({
  browser,
  haven,
}) => {
  const facilitator = await StaffApi.facilitator(haven, 'farah.api@example.org', 'Farah');
  const moderator = await facilitator.invitesStaff('moderator', 'mo.api@example.org', 'Mo');
  const group = await facilitator.call('groups:create', {
    body: {
      name: 'دائرة القادمين الجدد',
      language: 'ar',
      visibility: 'closed',
      agreement: 'ما يُقال هنا يبقى هنا.\nتحدّث عن تجربتك، واستمع دون أن تحكم.',
    },
  });
  await facilitator.assignModerator(group.id, moderator);
  const session = await facilitator.call('sessions:create', {
    params: { groupId: group.id },
    body: { title: 'لقاء الثلاثاء' },
  });
  const { link } = await facilitator.call('invites:create', {
    params: { groupId: group.id },
    body: { expiresInDays: 7, maxUses: 10 },
  });

  // The participant: language first, then a name, then the agreement.
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const amal = await phone.newPage();
  await amal.goto(link);
  await amal.getByRole('button', { name: 'العربية' }).click();
  await expect(amal.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(amal.getByText('دائرة القادمين الجدد')).toBeVisible();
  await expect(amal.getByText('ما يُقال هنا يبقى هنا.')).toBeVisible();
  // The token leaves the address bar once read.
  expect(new URL(amal.url()).hash).toBe('');
  await amal.getByRole('textbox', { name: 'الاسم الظاهر' }).fill('أمل');
  await amal.getByRole('checkbox', { name: 'أوافق على اتفاق المجموعة' }).check();
  mkdirSync('test-results/screenshots', { recursive: true });
  await amal.screenshot({ path: 'test-results/screenshots/invite-ar.png', fullPage: true });
  await amal.getByRole('button', { name: 'الانضمام إلى المجموعة' }).click();
  await amal.getByRole('link', { name: 'لقاء الثلاثاء' }).click();
  await expect(amal).toHaveURL(new RegExp(`/s/${session.id}`));
  // Having just accepted the agreement, the participant goes straight to the session, where a
  // closed group's lobby keeps her until a moderator lets her in.
  await expect(amal.getByRole('heading', { name: 'أنت في الردهة' })).toBeVisible();
  await expect(amal.getByText('سيسمح لك أحد المشرفين بالدخول قريبًا.')).toBeVisible();
  await amal.screenshot({ path: 'test-results/screenshots/waiting-ar.png', fullPage: true });

  // The moderator, signed in (cookie), enters the same room without any form, and admits her.
  const desk = await browser.newContext();
  await desk.addCookies([moderator.cookieFor(haven.url)]);
  const mo = await desk.newPage();
  await mo.goto(`${haven.url}/s/${session.id}`);
  await mo.getByRole('button', { name: 'Admit أمل', exact: true }).click();
  const message = amal.getByRole('textbox', { name: 'الرسالة' });
  await expect(message).toBeVisible();
  await expect(mo.getByRole('list', { name: 'Participants' })).toContainText('أمل');
  await expect(amal.getByRole('list', { name: 'المشاركون' })).toContainText('Mo');

  await message.fill('مرحبا، أنا جديدة هنا');
  await amal.getByRole('button', { name: 'إرسال' }).click();
  await expect(mo.getByRole('region', { name: 'Chat' })).toContainText('مرحبا، أنا جديدة هنا');
  await mo.getByRole('textbox', { name: 'Message' }).fill('أهلاً بك يا أمل');
  await mo.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(amal.getByRole('region', { name: 'الدردشة' })).toContainText('أهلاً بك يا أمل');
  await amal.screenshot({ path: 'test-results/screenshots/room-invite-ar.png', fullPage: true });

  // The same link, opened on another phone after being revoked, says so in Arabic.
  const invites = await facilitator.call('invites:list', { params: { groupId: group.id } });
  await facilitator.call('invites:revoke', {
    params: { groupId: group.id, inviteId: invites.invites[0]!.id },
  });
  const other = await (await browser.newContext()).newPage();
  await other.goto(link);
  await other.getByRole('button', { name: 'العربية' }).click();
  await expect(other.getByText('سحبت المجموعة رابط الدعوة هذا')).toBeVisible();

  await phone.close();
  await desk.close();
});
