import type { Browser, Locator, Page } from '@playwright/test';
import { button, expect, say, test } from './fixtures';
import { StaffApi } from './staff-api';

const SESSION_TITLE = 'Tuesday circle';

// One step that hangs should fail in seconds, not at the end of the whole walk-through.
test.use({ actionTimeout: 20_000 });
const HURTFUL = 'You should all just give up';

/**
 * Someone opens the group's invite link on a phone of their own, waits in the lobby of the
 * closed group's session, and the moderator lets them in.
 */
async function joinByInvite(browser: Browser, invite: string, name: string, moderator: Page) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await acceptInvite(page, invite, name);
  await page.getByRole('link', { name: SESSION_TITLE }).click();
  await expect(page.getByRole('heading', { name: 'You are in the lobby' })).toBeVisible();
  await button(moderator, `Admit ${name}`).click();
  await expect(page.getByRole('textbox', { name: 'Message' })).toBeVisible();
  return { page, close: () => context.close() };
}

async function acceptInvite(page: Page, invite: string, name: string): Promise<void> {
  await page.goto(invite);
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await page.getByRole('textbox', { name: 'Display name' }).fill(name);
  await page.getByRole('checkbox', { name: 'I agree to the group agreement' }).check();
  await page.getByRole('button', { name: 'Join group' }).click();
}

const hands = (page: Page): Locator => page.getByRole('region', { name: 'Raised hands' });
const people = (page: Page): Locator => page.getByRole('list', { name: 'Participants' });

async function expectMicrophoneHeldByModerator(page: Page): Promise<void> {
  const microphone = button(page, 'Microphone');
  await expect(microphone).toHaveAttribute('aria-disabled', 'true');
  await expect(microphone).toHaveAccessibleDescription(/A moderator muted your microphone/);
}

test('a moderator runs a live session: mute all holds for a late joiner, a timed turn ends by itself, a message is deleted, a person is removed and stays out, and the audit log shows it all without any words said', async ({
  browser,
  haven,
}) => {
  test.setTimeout(240_000);

  // The facilitator's setup goes through the API; everything in the room happens in browsers.
  const farahApi = await StaffApi.facilitator(haven, 'farah.mod@example.org', 'Farah');
  const moApi = await farahApi.invitesStaff('moderator', 'mo.mod@example.org', 'Mo');
  const group = await farahApi.call('groups:create', {
    body: {
      name: 'Newcomers circle',
      language: 'en',
      visibility: 'closed',
      agreement: 'What is said here stays here.',
    },
  });
  await farahApi.assignModerator(group.id, moApi);
  const session = await farahApi.call('sessions:create', {
    params: { groupId: group.id },
    body: { title: SESSION_TITLE },
  });
  const { link: invite } = await farahApi.call('invites:create', {
    params: { groupId: group.id },
    body: { expiresInDays: 7, maxUses: 10 },
  });

  // The moderator, signed in, on a phone.
  const desk = await browser.newContext({ viewport: { width: 390, height: 844 } });
  await desk.addCookies([moApi.cookieFor(haven.url)]);
  const moderator = await desk.newPage();
  await moderator.goto(`${haven.url}/s/${session.id}`);
  await expect(moderator.getByRole('textbox', { name: 'Message' })).toBeVisible();
  const amal = await joinByInvite(browser, invite, 'Amal', moderator);
  await expect(people(moderator)).toContainText('Amal');

  // Mute all: Amal, already here, cannot turn her microphone on.
  await button(moderator, 'Mute all').click();
  await expect(button(moderator, 'Mute all')).toHaveAttribute('aria-pressed', 'true');
  await expectMicrophoneHeldByModerator(amal.page);

  // Bohdan comes later and is muted as he arrives; pressing the toggle does nothing.
  const bohdan = await joinByInvite(browser, invite, 'Bohdan', moderator);
  await expectMicrophoneHeldByModerator(bohdan.page);
  // Forced: a real person can press it (it stays focusable, with its reason); nothing happens.
  await button(bohdan.page, 'Microphone').click({ force: true });
  await expect(button(bohdan.page, 'Microphone')).toHaveAttribute('aria-pressed', 'false');
  await expect(button(moderator, 'Unmute Bohdan')).toBeVisible();
  await expect(people(moderator).getByRole('listitem').filter({ hasText: 'Bohdan' })).toContainText(
    'muted by a moderator: microphone',
  );
  await expect(
    amal.page.getByText("The moderators have muted everyone's microphone."),
  ).toBeVisible();

  // Screenshots of the moderator's room at phone width, in English and in Arabic.
  await button(moderator, 'More actions for Amal').click();
  await moderator.screenshot({ path: '/tmp/moderator-room-en.png', fullPage: true });
  await button(moderator, 'العربية').click();
  await expect(moderator.locator('html')).toHaveAttribute('dir', 'rtl');
  await moderator.screenshot({ path: '/tmp/moderator-room-ar.png', fullPage: true });
  await button(moderator, 'English').click();
  await moderator.setViewportSize({ width: 1280, height: 800 });
  await moderator.screenshot({ path: '/tmp/moderator-room-wide-en.png' });
  await moderator.setViewportSize({ width: 390, height: 844 });
  await button(moderator, 'More actions for Amal').click();

  // A raised hand, a 15-second turn that everyone sees counting down, and its end by itself.
  await button(amal.page, 'Raise hand').click();
  await expect(button(amal.page, 'Raise hand')).toHaveAttribute('aria-pressed', 'true');
  for (const page of [moderator, bohdan.page])
    await expect(hands(page).getByRole('list')).toContainText('Amal');
  await hands(moderator).getByLabel('Turn length').selectOption('15');
  await button(moderator, 'Give the floor to Amal').click();
  for (const page of [moderator, amal.page, bohdan.page])
    await expect(hands(page).getByRole('timer')).toHaveText(/^0:1\d left$/);
  await expect(hands(bohdan.page)).toContainText('Amal has the floor');
  await expect(hands(amal.page)).toContainText('You have the floor');
  // Her turn lifts the mute for her alone.
  await expect(button(amal.page, 'Microphone')).not.toHaveAttribute('aria-disabled', 'true');
  await expectMicrophoneHeldByModerator(bohdan.page);
  await moderator.screenshot({ path: '/tmp/moderator-turn-en.png', fullPage: true });
  for (const page of [moderator, amal.page, bohdan.page]) {
    await expect(hands(page).getByRole('timer')).toHaveCount(0, { timeout: 25_000 });
    await expect(hands(page)).not.toContainText('has the floor');
  }
  await expectMicrophoneHeldByModerator(amal.page);
  await expect(button(amal.page, 'Raise hand')).toHaveAttribute('aria-pressed', 'false');

  // A harmful message goes: the others see that a moderator removed it, and not its words.
  await say(amal.page, 'Hello everyone');
  await say(bohdan.page, HURTFUL);
  const moderatorChat = moderator.getByRole('region', { name: 'Chat' });
  await expect(moderatorChat).toContainText(HURTFUL);
  await button(moderator, 'Delete message from Bohdan').click();
  await button(moderator, 'Yes, delete').click();
  for (const page of [amal.page, bohdan.page, moderator]) {
    const chat = page.getByRole('region', { name: 'Chat' });
    await expect(chat).toContainText('Removed by a moderator');
    await expect(chat).not.toContainText(HURTFUL);
  }

  // Bohdan is taken out of the group; he is told calmly, and stays out.
  await button(moderator, 'Remove Bohdan').click();
  const dialog = moderator.getByRole('dialog', { name: 'Remove Bohdan from the session?' });
  await dialog.getByRole('radio', { name: 'The whole group: every session' }).check();
  await moderator.screenshot({ path: '/tmp/moderator-remove-en.png' });
  await dialog.getByRole('button', { name: 'Remove now' }).click();
  await expect(
    bohdan.page.getByRole('heading', { name: 'A moderator has taken you out of this session' }),
  ).toBeVisible();
  await expect(people(moderator)).not.toContainText('Bohdan');
  await expect(people(amal.page)).not.toContainText('Bohdan');

  await bohdan.page.reload();
  await expect(
    bohdan.page.getByRole('heading', { name: 'This group is by invitation' }),
  ).toBeVisible();
  await expect(bohdan.page.getByRole('textbox', { name: 'Message' })).toHaveCount(0);
  await acceptInvite(bohdan.page, invite, 'Bohdan');
  await expect(bohdan.page.getByText('You are not allowed to do this.')).toBeVisible();
  await bohdan.page.goto(`${haven.url}/s/${session.id}`);
  await expect(
    bohdan.page.getByRole('heading', { name: 'This group is by invitation' }),
  ).toBeVisible();
  await expect(bohdan.page.getByRole('textbox', { name: 'Message' })).toHaveCount(0);
  await expect(people(moderator)).not.toContainText('Bohdan');

  // A breathing moment, then the end of the session for everyone.
  await button(moderator, 'Pause room').click();
  await expect(
    amal.page.getByRole('heading', { name: "Let's take a breathing moment" }),
  ).toBeVisible();
  await amal.page.screenshot({ path: '/tmp/participant-paused-en.png' });
  await button(moderator, 'Pause room').click();
  await expect(
    amal.page.getByRole('heading', { name: "Let's take a breathing moment" }),
  ).toHaveCount(0);
  await button(moderator, 'End session for all').click();
  await moderator
    .getByRole('dialog', { name: 'End the session for everyone?' })
    .getByRole('button', { name: 'Yes, end it for everyone' })
    .click();
  for (const page of [amal.page, moderator])
    await expect(page.getByRole('heading', { name: 'This session has ended' })).toBeVisible();

  // The facilitator reads the session's audit log: what was done, by whom, to whom; no words.
  const office = await browser.newContext();
  await office.addCookies([farahApi.cookieFor(haven.url)]);
  const farah = await office.newPage();
  await farah.goto(`${haven.url}/staff/groups/${group.id}`);
  await farah.getByRole('link', { name: `Audit log of ${SESSION_TITLE}` }).click();
  const log = farah.getByRole('table');
  for (const action of [
    'Muted everyone',
    'Gave the floor',
    'Deleted a message',
    'Removed from the session',
    'Paused the room',
    'Ended the session for all',
  ])
    await expect(log).toContainText(action);
  await expect(log.getByRole('row').filter({ hasText: 'Removed from the session' })).toContainText(
    'Bohdan',
  );
  await expect(log.getByRole('row').filter({ hasText: 'Gave the floor' })).toContainText(
    '15 seconds',
  );
  await expect(farah.locator('body')).not.toContainText(HURTFUL);
  await expect(farah.locator('body')).not.toContainText('Hello everyone');
  await farah.screenshot({ path: '/tmp/facilitator-audit-en.png', fullPage: true });

  // And lets Bohdan back in from the group's page.
  await farah.getByRole('link', { name: 'Back to the group' }).click();
  const keptOut = farah.getByRole('region', { name: 'Kept out' });
  await expect(keptOut).toContainText('Bohdan');
  await keptOut.getByRole('button', { name: 'Let Bohdan back in' }).click();
  await expect(keptOut).toContainText('Nobody is kept out.');

  await amal.close();
  await bohdan.close();
  await desk.close();
  await office.close();
});
