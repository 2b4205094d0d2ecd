import type { Browser, Locator, Page } from '@playwright/test';
import { button, expect, say, test } from './fixtures';
import { StaffApi } from './staff-api';

const SESSION_TITLE = 'Thursday circle';

test.use({ actionTimeout: 20_000 });

const waitingHeading = (page: Page): Locator =>
  page.getByRole('heading', { name: 'You are in the lobby' });

/** Someone accepts the group's invite on a phone of their own and opens the session. */
async function arrive(browser: Browser, invite: string, name: string) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(invite);
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await page.getByRole('textbox', { name: 'Display name' }).fill(name);
  await page.getByRole('checkbox', { name: 'I agree to the group agreement' }).check();
  await page.getByRole('button', { name: 'Join group' }).click();
  await page.getByRole('link', { name: SESSION_TITLE }).click();
  return { page, close: () => context.close() };
}

test('a moderator admits one person from the lobby and turns another away with a reason', async ({
  browser,
  haven,
}) => {
  test.setTimeout(120_000);
  const farah = await StaffApi.facilitator(haven, 'farah.lobby@example.org', 'Farah');
  const moApi = await farah.invitesStaff('moderator', 'mo.lobby@example.org', 'Mo');
  const group = await farah.call('groups:create', {
    body: {
      name: 'Carers circle',
      language: 'en',
      visibility: 'closed',
      agreement: 'What is said here stays here.',
      lobbyMessage: 'There is tea in the kitchen while you wait.',
    },
  });
  await farah.assignModerator(group.id, moApi);
  // No `lobby` in the request: a closed group's session has one by default.
  const session = await farah.call('sessions:create', {
    params: { groupId: group.id },
    body: { title: SESSION_TITLE },
  });
  expect(session.lobby).toBe(true);
  const { link: invite } = await farah.call('invites:create', {
    params: { groupId: group.id },
    body: { expiresInDays: 7, maxUses: 10 },
  });

  // Amal comes before any moderator and waits; then Bohdan.
  const amal = await arrive(browser, invite, 'Amal');
  await expect(waitingHeading(amal.page)).toBeVisible();
  await expect(amal.page.getByText(SESSION_TITLE)).toBeVisible();
  await expect(amal.page.getByText('A moderator will let you in soon.')).toBeVisible();
  // The group's own word to people waiting.
  await expect(amal.page.getByText('There is tea in the kitchen while you wait.')).toBeVisible();
  await expect(amal.page.getByRole('textbox', { name: 'Message' })).toHaveCount(0);
  const bohdan = await arrive(browser, invite, 'Bohdan');
  await expect(waitingHeading(bohdan.page)).toBeVisible();

  // The moderator opens the room, on a phone, and finds both in the lobby, oldest first.
  const desk = await browser.newContext({ viewport: { width: 390, height: 844 } });
  await desk.addCookies([moApi.cookieFor(haven.url)]);
  const moderator = await desk.newPage();
  await moderator.goto(`${haven.url}/s/${session.id}`);
  const lobby = moderator.getByRole('region', { name: 'Lobby' });
  await expect(lobby).toContainText('Waiting: 2');
  await expect(moderator.getByRole('list', { name: 'Lobby' }).getByRole('listitem')).toHaveText([
    /Amal/,
    /Bohdan/,
  ]);
  await expect(moderator.getByRole('list', { name: 'Participants' })).not.toContainText('Amal');

  // A word to everyone waiting.
  await lobby
    .getByRole('textbox', { name: 'Note for people waiting' })
    .fill('We start in a minute');
  await button(moderator, 'Post note').click();
  for (const page of [amal.page, bohdan.page])
    await expect(page.getByText('We start in a minute')).toBeVisible();
  await amal.page.screenshot({ path: '/tmp/lobby-waiting-en.png', fullPage: true });

  await button(moderator, 'العربية').click();
  await expect(moderator.locator('html')).toHaveAttribute('dir', 'rtl');
  await moderator.screenshot({ path: '/tmp/lobby-moderator-ar.png', fullPage: true });
  await button(moderator, 'English').click();

  // Amal is let in: she is in the room and the chat works both ways.
  await button(moderator, 'Admit Amal').click();
  const message = amal.page.getByRole('textbox', { name: 'Message' });
  await expect(message).toBeVisible();
  await expect(moderator.getByRole('list', { name: 'Participants' })).toContainText('Amal');
  await expect(lobby).toContainText('Waiting: 1');
  await say(amal.page, 'Thank you for having me');
  await expect(moderator.getByRole('region', { name: 'Chat' })).toContainText(
    'Thank you for having me',
  );
  await say(moderator, 'Welcome, Amal');
  await expect(amal.page.getByRole('region', { name: 'Chat' })).toContainText('Welcome, Amal');

  // Bohdan is turned away, with a reason he sees; he gets no room.
  await button(moderator, 'Deny Bohdan').click();
  const dialog = moderator.getByRole('dialog', { name: 'Turn Bohdan away?' });
  await dialog
    .getByRole('textbox', { name: 'Reason (optional)' })
    .fill('This circle is for carers');
  await dialog.getByRole('button', { name: 'Turn away' }).click();
  await expect(
    bohdan.page.getByRole('heading', { name: 'A moderator did not let you in' }),
  ).toBeVisible();
  await expect(bohdan.page.getByText('This circle is for carers')).toBeVisible();
  await expect(bohdan.page.getByRole('textbox', { name: 'Message' })).toHaveCount(0);
  await expect(lobby).toContainText('Nobody is waiting.');
  await expect(button(moderator, 'Let Bohdan knock again')).toBeVisible();
  await expect(moderator.getByRole('list', { name: 'Participants' })).not.toContainText('Bohdan');

  // Amal reloads and is back in the room at once, without waiting.
  await amal.page.reload();
  await expect(message).toBeVisible();
  await expect(waitingHeading(amal.page)).toHaveCount(0);
  await expect(amal.page.getByRole('region', { name: 'Chat' })).toContainText('Welcome, Amal');

  await amal.close();
  await bohdan.close();
  await desk.close();
});
