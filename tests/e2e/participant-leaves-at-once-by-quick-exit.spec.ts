import type { Page } from '@playwright/test';
import { button, expect, joinAs, say, test } from './fixtures';
import { StaffApi } from './staff-api';

test.use({ actionTimeout: 20_000 });

/** Where a quick exit goes: an everyday page of the site's own, with nothing of Haven on it. */
const NEUTRAL_PAGE = '/recipes/lentil-soup.html';
const DEVICE_KEY = 'haven.device';
const KEEP_DEVICE_KEY = 'haven.quick-exit.device';

const siteKeys = (page: Page): Promise<string[]> =>
  page.evaluate(() => Object.keys(localStorage).sort());

const tabKeys = (page: Page): Promise<string[]> =>
  page.evaluate(() => Object.keys(sessionStorage).sort());

/** The neutral page, loaded (its own script, which adds the extra history entry, has run). */
async function expectNeutralPage(page: Page, base: string): Promise<void> {
  await expect(page).toHaveURL(`${base}${NEUTRAL_PAGE}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Red lentil soup' })).toBeVisible();
  await expect(page).toHaveTitle('Red lentil soup – Kitchen notes');
  await expect(page.locator('body')).not.toContainText('Haven');
  await page.waitForLoadState('load');
}

test('a participant leaves at once by Quick exit: a recipe page, nothing to go back to, and the moderator sees her gone; Escape three times does the same', async ({
  browser,
  haven,
}) => {
  test.setTimeout(120_000);
  const farahApi = await StaffApi.facilitator(haven, 'farah.exit@example.org', 'Farah');
  const { sessionId, link } = await farahApi.openCircle(haven, 'Tuesday women’s circle');

  const deskContext = await browser.newContext();
  const amalPhone = await browser.newContext();
  // A small, old phone: the room scrolls down to the chat.
  const bohdanPhone = await browser.newContext({ viewport: { width: 360, height: 640 } });
  const contexts = [deskContext, amalPhone, bohdanPhone];
  await deskContext.addCookies([farahApi.cookieFor(haven.url)]);
  const farah = await deskContext.newPage();
  await farah.goto(link);
  await expect(farah.getByRole('textbox', { name: 'Message', exact: true })).toBeVisible();
  const amal = await amalPhone.newPage();
  await joinAs(amal, link, 'Amal');
  const bohdan = await bohdanPhone.newPage();
  await joinAs(bohdan, link, 'Bohdan');

  const people = farah.getByRole('list', { name: 'Participants' });
  await expect(people).toContainText('Amal');
  await expect(people).toContainText('Bohdan');
  // Everyone in the room has the way out, staff too.
  await expect(button(farah, 'Quick exit')).toBeVisible();

  await say(amal, 'Someone may come in, I might have to go suddenly');
  await expect(farah.getByRole('region', { name: 'Chat' })).toContainText('I might have to go');
  // Haven keeps a few things in her browser meanwhile: her device key, her language, the tab's
  // place in the room.
  await button(amal, 'English').click();
  expect(await siteKeys(amal)).toEqual(expect.arrayContaining([DEVICE_KEY, 'haven.language']));
  expect(await tabKeys(amal)).toContain(`haven.joined.${sessionId}`);

  // Quick exit: no question on the way out, a recipe page at once.
  await button(amal, 'Quick exit').click();
  await expectNeutralPage(amal, haven.url);
  // The page asks nothing of anyone but its own small script: no tracking, no other site.
  const fetched = await amal.evaluate(() =>
    performance.getEntriesByType('resource').map((entry) => entry.name),
  );
  expect(fetched.filter((url) => url.startsWith('http'))).toEqual([
    `${haven.url}/recipes/lentil-soup.js`,
  ]);
  // Only the device key stays (she did not ask to be forgotten), and nothing of the tab's.
  expect((await siteKeys(amal)).filter((key) => key !== KEEP_DEVICE_KEY)).toEqual([DEVICE_KEY]);
  expect(await tabKeys(amal)).toEqual([]);

  // "Back" stays on the recipe: the neutral page added an entry of its own...
  await amal.goBack();
  await expectNeutralPage(amal, haven.url);
  await expect(amal.getByRole('textbox', { name: 'Message' })).toHaveCount(0);
  // ...and behind it is whatever was open before the session, never the session itself.
  await amal.goBack();
  expect(amal.url()).not.toContain('/s/');
  await expect(amal.getByRole('textbox', { name: 'Message' })).toHaveCount(0);
  await expect(amal.locator('body')).not.toContainText('Evening circle');

  // The moderator sees her gone at once, not after a wait for a lost connection.
  await expect(people).not.toContainText('Amal');
  await expect(people).toContainText('Bohdan');

  // On a small phone, the way out stays in reach down at the chat too.
  await bohdan.getByRole('textbox', { name: 'Message', exact: true }).scrollIntoViewIfNeeded();
  await expect(button(bohdan, 'Quick exit')).toBeInViewport();

  // Bohdan asks to be forgotten on this phone, in Help, and leaves with Escape three times; the
  // first press only closes the dialog, and still counts.
  await button(bohdan, 'Help').click();
  const help = bohdan.getByRole('dialog', { name: 'Where you can turn for help' });
  const keep = help.getByRole('checkbox', {
    name: 'Keep me recognised on this device after a quick exit',
  });
  await expect(keep).toBeChecked();
  await keep.uncheck();
  expect(await siteKeys(bohdan)).toEqual(expect.arrayContaining([DEVICE_KEY, KEEP_DEVICE_KEY]));
  await bohdan.keyboard.press('Escape');
  await bohdan.keyboard.press('Escape');
  await bohdan.keyboard.press('Escape');
  await expectNeutralPage(bohdan, haven.url);
  expect(await siteKeys(bohdan)).toEqual([]);
  expect(await tabKeys(bohdan)).toEqual([]);
  await expect(people).not.toContainText('Bohdan');

  for (const c of contexts) await c.close();
});

/** Nothing of Haven on the page: none of its addresses, no chat, not its name. */
async function expectNothingOfHaven(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  expect(new URL(page.url()).pathname).not.toMatch(/^\/(s\/|me\b|sessions\b|join\b)/);
  await expect(page.getByRole('textbox', { name: 'Message' })).toHaveCount(0);
  await expect(page.locator('body')).not.toContainText('Haven');
}

/** A start on a UTC group's wall clock (`2026-03-03T18:00`). */
const utcWallClock = (ms: number): string => new Date(ms).toISOString().slice(0, 16);

test('after a quick exit from a dialog, Back twice shows nothing of Haven, however many of its pages she went through', async ({
  browser,
  haven,
}) => {
  test.setTimeout(120_000);
  const farahApi = await StaffApi.facilitator(haven, 'farah.back@example.org', 'Farah');
  const group = await farahApi.call('groups:create', {
    body: {
      name: 'Thursday carers',
      language: 'en',
      visibility: 'closed',
      agreement: 'What is said here stays here.',
    },
  });
  // Under way since five minutes ago: the room is open, and it is on her list of sessions.
  await farahApi.call('schedule:create-series', {
    params: { groupId: group.id },
    body: {
      title: 'Carers evening',
      firstStart: utcWallClock(Date.now() - 5 * 60_000),
      lobby: false,
    },
  });
  const { link: invite } = await farahApi.call('invites:create', {
    params: { groupId: group.id },
    body: { expiresInDays: 7, maxUses: 10 },
  });

  const phone = await browser.newContext({ viewport: { width: 390, height: 844 } });
  // Some day before, she joined the group on this phone.
  const before = await phone.newPage();
  await before.goto(invite);
  await before.getByRole('button', { name: 'English', exact: true }).click();
  await before.getByRole('textbox', { name: 'Display name' }).fill('Amal');
  await before.getByRole('checkbox', { name: 'I agree to the group agreement' }).check();
  await before.getByRole('button', { name: 'Join group' }).click();
  await expect(before.getByRole('link', { name: 'See all your planned sessions' })).toBeVisible();
  await before.close();

  // Today she reads something else in this tab first, then opens Haven's start page.
  const amal = await phone.newPage();
  await amal.goto('data:text/html,<title>News</title><h1>The news today</h1>');
  await amal.goto(`${haven.url}/`);
  await expect(amal.getByRole('heading', { name: 'Welcome to Haven' })).toBeVisible();
  const entries = await amal.evaluate(() => history.length);
  // The way out is on every page of hers, not only in sessions.
  await expect(button(amal, 'Quick exit')).toBeVisible();

  await amal.getByRole('link', { name: 'Your sessions', exact: true }).click();
  await expect(amal.getByRole('heading', { name: 'My sessions' })).toBeVisible();
  await expect(button(amal, 'Quick exit')).toBeVisible();
  await amal.getByRole('link', { name: 'Join', exact: true }).click();
  await expect(amal).toHaveURL(/\/s\//);
  await amal.getByRole('button', { name: 'Join session' }).click();
  await expect(amal.getByRole('textbox', { name: 'Message', exact: true })).toBeVisible();
  // Her whole visit is one entry in the tab's history: each page took the place of the last.
  expect(await amal.evaluate(() => history.length)).toBe(entries);

  // The way out is in reach with a dialog open too: the page behind a dialog takes no taps.
  await button(amal, 'Help').click();
  const help = amal.getByRole('dialog', { name: 'Where you can turn for help' });
  await help.getByRole('button', { name: 'Quick exit', exact: true }).click();
  await expectNeutralPage(amal, haven.url);

  // Back, and Back again: the recipe, then what she read before; never a page of Haven's.
  await amal.goBack();
  await expectNothingOfHaven(amal);
  await amal.goBack();
  await expectNothingOfHaven(amal);

  await phone.close();
});
