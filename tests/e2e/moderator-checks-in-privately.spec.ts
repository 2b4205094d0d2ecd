import type { Locator, Page } from '@playwright/test';
import { expect, joinAs, say, test } from './fixtures';
import { StaffApi } from './staff-api';

// One step that hangs should fail in seconds, not at the end of the whole walk-through.
test.use({ actionTimeout: 20_000 });

const FIRST_WORDS = 'Hello everyone, I had a hard week';
const ASKED = 'Hi Amal, I am here with you. How are you feeling?';
const ANSWERED = 'Not great, thank you for asking';
const HURTFUL = 'you idiots';
const REASON = 'It felt like he was mocking me';

const button = (page: Page, name: string): Locator =>
  page.getByRole('button', { name, exact: true });
const chat = (page: Page): Locator => page.getByRole('region', { name: 'Chat' });

test('a moderator checks in privately with a participant who asked for support, a held message is deleted before anyone sees it, and a report is recorded', async ({
  browser,
  haven,
}) => {
  test.setTimeout(180_000);
  const farahApi = await StaffApi.facilitator(haven, 'farah.checkin@example.org', 'Farah');
  const group = await farahApi.call('groups:create', {
    body: {
      name: 'Grief circle',
      language: 'en',
      visibility: 'open',
      agreement: 'What is said here stays here.',
    },
  });
  await farahApi.call('safety:set-group-resources', {
    params: { groupId: group.id, locale: 'en' },
    body: {
      resources: [
        {
          name: 'Night line',
          phone: '+44 800 123 456',
          hours: 'Every night, 18:00–06:00',
          description: 'Someone to talk to.',
        },
      ],
    },
  });
  await farahApi.call('safety:set-group-watched-words', {
    params: { groupId: group.id, locale: 'en' },
    body: { words: [{ phrase: 'idiot*', action: 'hold' }] },
  });
  const session = await farahApi.call('sessions:create', {
    params: { groupId: group.id },
    body: { title: 'Evening circle', lobby: false },
  });
  const link = `${haven.url}/s/${session.id}`;

  // Amal is on a small phone: everything she needs works on a 360 px wide screen.
  const deskContext = await browser.newContext();
  const amalPhone = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const bohdanPhone = await browser.newContext();
  const contexts = [deskContext, amalPhone, bohdanPhone];
  await deskContext.addCookies([farahApi.cookieFor(haven.url)]);
  const farah = await deskContext.newPage();
  await farah.goto(link);
  await expect(farah.getByRole('textbox', { name: 'Message', exact: true })).toBeVisible();
  const amal = await amalPhone.newPage();
  await joinAs(amal, link, 'Amal');
  const bohdan = await bohdanPhone.newPage();
  await joinAs(bohdan, link, 'Bohdan');

  await say(bohdan, FIRST_WORDS);
  await expect(chat(amal)).toContainText(FIRST_WORDS);

  // Amal asks for support; the moderator checks in with her, privately.
  await button(amal, 'I need support').click();
  const confirmation = amal.getByRole('dialog', {
    name: 'A moderator will reach out to you privately.',
  });
  await expect(confirmation).toBeVisible();
  await confirmation.getByRole('button', { name: 'Close', exact: true }).click();

  const calls = farah.getByRole('region', { name: /^Calls for support/ });
  await expect(calls).toContainText('Amal');
  await button(farah, 'Check in privately with Amal').click();
  // Checking in is taking the call on: co-moderators see who did.
  await expect(calls).toContainText('Farah is responding');

  const checkIns = farah.getByRole('region', { name: /^Private check-ins/ });
  const withAmal = checkIns.getByRole('article', { name: 'Private check-in with Amal' });
  await expect(withAmal).toContainText('Moderators: Farah');
  await withAmal.getByRole('textbox', { name: 'Private message to Amal' }).fill(ASKED);
  await button(farah, 'Send privately to Amal').click();

  // Amal's check-in opens by itself, and says who can read it.
  const mine = amal.getByRole('region', { name: 'Private check-in with Farah' });
  await expect(mine).toContainText('Only you and the moderators can see this.');
  await expect(mine).toContainText(ASKED);
  await mine.getByRole('textbox', { name: 'Private message to moderators' }).fill(ANSWERED);
  await button(amal, 'Send privately').click();
  await expect(withAmal).toContainText(ANSWERED);
  // The room's own Send stays what it always was, and the check-in is not in the room's chat.
  await expect(button(amal, 'Send')).toHaveCount(1);
  await expect(chat(amal)).not.toContainText(ASKED);
  await expect(chat(farah)).not.toContainText(ANSWERED);

  // The crisis resources reach her in her own language.
  await button(farah, 'Share crisis resources with Amal').click();
  await expect(withAmal).toContainText('Farah shared the crisis resources.');
  await expect(mine).toContainText('Farah shared where you can turn for help:');
  await expect(mine).toContainText('Night line');
  await expect(mine.getByRole('link', { name: 'Call +44 800 123 456' })).toHaveAttribute(
    'href',
    'tel:+44800123456',
  );
  await amal.screenshot({ path: 'test-results/screenshots/private-check-in-360.png' });
  await farah.screenshot({ path: 'test-results/screenshots/private-check-in-moderator.png' });

  // Bohdan has no trace of any of it: by the time a later message reaches him, a leak would have.
  await say(farah, 'Let us take a short breath together');
  await expect(chat(bohdan)).toContainText('Let us take a short breath together');
  await expect(bohdan.getByRole('region', { name: /check-in/i })).toHaveCount(0);
  for (const trace of ['Private check-in', ASKED, ANSWERED, 'Night line', 'Only you and the'])
    await expect(bohdan.locator('body')).not.toContainText(trace);

  // A watched word holds Bohdan's message: he sees it waiting; nobody else sees it at all.
  await say(bohdan, HURTFUL);
  await expect(chat(bohdan).getByRole('listitem').filter({ hasText: HURTFUL })).toContainText(
    'Waiting for a moderator',
  );
  const held = farah.getByRole('region', { name: /^Held messages/ });
  await expect(held).toContainText(HURTFUL);
  await expect(held).toContainText('idiot*');
  await farah.screenshot({ path: 'test-results/screenshots/held-message-moderator.png' });
  await button(farah, "Delete Bohdan's message").click();
  await expect(held).toContainText('No messages waiting.');
  await expect(chat(bohdan)).toContainText('Not shared by a moderator');
  await expect(chat(bohdan)).not.toContainText(HURTFUL);
  await say(bohdan, 'Sorry, I am upset tonight');
  await expect(chat(amal)).toContainText('Sorry, I am upset tonight');
  await expect(amal.locator('body')).not.toContainText(HURTFUL);
  await expect(chat(farah)).not.toContainText(HURTFUL);

  // Amal reports Bohdan's first message; the moderators see who, what and why.
  await chat(amal)
    .getByRole('listitem')
    .filter({ hasText: FIRST_WORDS })
    .getByRole('button', { name: "Report Bohdan's message" })
    .click();
  const reporting = amal.getByRole('dialog', { name: "Report Bohdan's message" });
  await expect(reporting).toContainText(FIRST_WORDS);
  await reporting.getByRole('textbox', { name: 'What happened? (optional)' }).fill(REASON);
  await reporting.getByRole('button', { name: 'Send report' }).click();
  await expect(reporting).toContainText(
    'Thank you. The moderators will look at it. Bohdan will not be told who reported.',
  );
  await reporting.getByRole('button', { name: 'Close', exact: true }).click();

  const reports = farah.getByRole('region', { name: /^Reports/ });
  const report = reports.getByRole('listitem').filter({ hasText: REASON });
  await expect(report).toContainText('About a message from Bohdan');
  await expect(report).toContainText('Reported by Amal');
  await expect(report).toContainText(FIRST_WORDS);
  await report.getByRole('combobox', { name: 'Action taken' }).selectOption('warned');
  await report.getByRole('button', { name: 'Record action' }).click();
  await expect(report).toContainText('Warned privately: recorded by Farah');
  await expect(bohdan.locator('body')).not.toContainText(REASON);

  // Ending the check-in leaves what was said, without a field to write in.
  await button(farah, 'End check-in with Amal').click();
  await expect(mine).toContainText('This check-in has ended');
  await expect(mine.getByRole('textbox', { name: 'Private message to moderators' })).toHaveCount(0);
  await expect(mine).toContainText(ANSWERED);

  for (const c of contexts) await c.close();
});
