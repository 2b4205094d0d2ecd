import type { Locator, Page } from '@playwright/test';
import { button, expect, joinAs, say, test } from './fixtures';
import { StaffApi } from './staff-api';

// One step that hangs should fail in seconds, not at the end of the whole walk-through.
test.use({ actionTimeout: 20_000 });

const PRIVATE_NOTE = 'Amal seems to be struggling tonight, I will keep an eye on her';
const WARNING = 'Please keep advice gentle';

const modChannel = (page: Page): Locator => page.getByRole('region', { name: 'Moderators only' });
const chat = (page: Page): Locator => page.getByRole('region', { name: 'Chat' });
const people = (page: Page): Locator => page.getByRole('list', { name: 'Participants' });

test("two moderators share the room: a private moderators' channel, slow mode, a warning, asking to unmute, a timeout that lifts by itself, and a locked room one of them lets a newcomer into", async ({
  browser,
  haven,
}) => {
  test.setTimeout(240_000);

  const farahApi = await StaffApi.facilitator(haven, 'farah.co@example.org', 'Farah');
  const moApi = await farahApi.invitesStaff('moderator', 'mo.co@example.org', 'Mo');
  const group = await farahApi.call('groups:create', {
    body: {
      name: 'Grief circle',
      language: 'en',
      visibility: 'open',
      agreement: 'What is said here stays here.',
    },
  });
  await farahApi.assignModerator(group.id, moApi);
  const session = await farahApi.call('sessions:create', {
    params: { groupId: group.id },
    body: { title: 'Thursday evening' },
  });
  const link = `${haven.url}/s/${session.id}`;

  const contexts = await Promise.all([1, 2, 3, 4].map(() => browser.newContext()));
  const [moDesk, farahDesk, amalPhone, bohdanPhone] = contexts as [
    (typeof contexts)[0],
    (typeof contexts)[0],
    (typeof contexts)[0],
    (typeof contexts)[0],
  ];
  await moDesk.addCookies([moApi.cookieFor(haven.url)]);
  await farahDesk.addCookies([farahApi.cookieFor(haven.url)]);
  const moderator = await moDesk.newPage();
  const facilitator = await farahDesk.newPage();
  for (const page of [moderator, facilitator]) {
    await page.goto(link);
    await expect(page.getByRole('textbox', { name: 'Message' })).toBeVisible();
  }
  const amal = await amalPhone.newPage();
  await joinAs(amal, link, 'Amal');

  // The moderators' channel: the co-moderator reads it, the participant never gets it.
  await modChannel(moderator)
    .getByRole('textbox', { name: 'Note to the other moderators' })
    .fill(PRIVATE_NOTE);
  await button(moderator, 'Send to moderators').click();
  await expect(modChannel(facilitator)).toContainText(PRIVATE_NOTE);
  await expect(modChannel(moderator)).toContainText(PRIVATE_NOTE);
  await say(facilitator, 'Welcome, everyone');
  await expect(chat(amal)).toContainText('Welcome, everyone');
  await expect(amal.locator('body')).not.toContainText(PRIVATE_NOTE);
  await expect(chat(facilitator)).not.toContainText(PRIVATE_NOTE);
  // A reloaded page reads the channel again.
  await facilitator.reload();
  await expect(modChannel(facilitator)).toContainText(PRIVATE_NOTE);
  await moderator.screenshot({ path: '/tmp/moderators-channel-en.png', fullPage: true });

  // Slow mode spaces out Amal's messages, not the moderators'.
  await moderator.getByLabel('Slow mode').selectOption('30');
  await expect(
    amal.getByText('Slow mode is on: you can send one message every 30 seconds.'),
  ).toBeVisible();
  await say(amal, 'Thank you for having me');
  await expect(chat(moderator)).toContainText('Thank you for having me');
  await expect(amal.getByText(/^Slow mode: you can send your next message in/)).toBeVisible();
  await say(moderator, 'Take your time');
  await say(moderator, 'We are here');
  await expect(chat(amal)).toContainText('We are here');
  await moderator.getByLabel('Slow mode').selectOption('0');
  await expect(amal.getByText(/^Slow mode: you can send your next message in/)).toHaveCount(0);

  // A private warning reaches Amal alone.
  await button(moderator, 'More actions for Amal').click();
  const actions = moderator.getByRole('group', { name: 'Actions for Amal' });
  await actions.getByRole('textbox', { name: 'Private warning' }).fill(WARNING);
  await actions.getByRole('button', { name: 'Send warning' }).click();
  await expect(actions.getByText('Warning sent.')).toBeVisible();
  await expect(amal.getByText('A private message from the moderators')).toBeVisible();
  await expect(amal.getByText(WARNING)).toBeVisible();
  await expect(facilitator.locator('body')).not.toContainText(WARNING);
  await button(amal, 'OK').click();

  // Muted, then asked to unmute: the mute lifts, and her microphone stays off until she chooses.
  await button(moderator, 'Mute Amal').click();
  await expect(button(amal, 'Microphone')).toHaveAttribute('aria-disabled', 'true');
  await actions.getByRole('button', { name: 'Ask to unmute' }).click();
  await expect(
    amal.getByText('A moderator invites you to turn on your microphone. You can also stay muted.'),
  ).toBeVisible();
  await expect(button(amal, 'Microphone')).not.toHaveAttribute('aria-disabled', 'true');
  await button(amal, 'Not now').click();
  await expect(button(amal, 'Microphone')).toHaveAttribute('aria-pressed', 'false');

  // A one-minute timeout: chat, microphone and camera off, and back by themselves.
  await actions.getByLabel('Timeout length').selectOption('1');
  await actions.getByRole('button', { name: 'Time out' }).click();
  await expect(amal.getByText('A moderator has paused your chat for now.')).toBeVisible();
  await expect(button(amal, 'Microphone')).toHaveAttribute('aria-disabled', 'true');
  const timedOutAt = Date.now();

  // Meanwhile the facilitator locks the room: a newcomer waits, and the other moderator admits.
  await button(facilitator, 'Lock room').click();
  await expect(button(moderator, 'Lock room')).toHaveAttribute('aria-pressed', 'true');
  const bohdan = await bohdanPhone.newPage();
  await bohdan.goto(link);
  await bohdan.getByRole('textbox', { name: 'Display name' }).fill('Bohdan');
  await bohdan.getByRole('checkbox', { name: 'I agree to the group agreement' }).check();
  await bohdan.getByRole('button', { name: 'Join session' }).click();
  await expect(bohdan.getByRole('heading', { name: 'You are in the lobby' })).toBeVisible();
  await button(moderator, 'Admit Bohdan').click();
  await expect(bohdan.getByRole('textbox', { name: 'Message' })).toBeVisible();
  await expect(people(facilitator)).toContainText('Bohdan');

  // The timeout ends on its own, about a minute after it began.
  await expect(amal.getByText('A moderator has paused your chat for now.')).toHaveCount(0, {
    timeout: 75_000,
  });
  expect(Date.now() - timedOutAt).toBeGreaterThan(50_000);
  await expect(button(amal, 'Microphone')).not.toHaveAttribute('aria-disabled', 'true');
  await say(amal, 'I am back');
  await expect(chat(bohdan)).toContainText('I am back');

  // The audit log names both moderators' actions and none of the words.
  await facilitator.goto(`${haven.url}/staff/groups/${group.id}`);
  await facilitator.getByRole('link', { name: 'Audit log of Thursday evening' }).click();
  const log = facilitator.getByRole('table');
  for (const [who, action] of [
    ['Mo', 'Changed slow mode'],
    ['Mo', 'Gave a private warning'],
    ['Mo', 'Asked to unmute'],
    ['Mo', 'Gave a timeout'],
    ['Farah', 'Locked the room'],
  ] as const)
    await expect(log.getByRole('row').filter({ hasText: action }).first()).toContainText(who);
  await expect(facilitator.locator('body')).not.toContainText(WARNING);
  await expect(facilitator.locator('body')).not.toContainText(PRIVATE_NOTE);

  for (const c of contexts) await c.close();
});
