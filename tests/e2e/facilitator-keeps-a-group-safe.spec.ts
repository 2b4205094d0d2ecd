import type { Locator, Page } from '@playwright/test';
import { button, expect, joinAs, say, test } from './fixtures';
import { StaffApi } from './staff-api';

test.use({ actionTimeout: 20_000 });

const chat = (page: Page): Locator => page.getByRole('region', { name: 'Chat' });

test("a facilitator sets the group's watched words and hides contact details; the room applies them, and the session's reports are there afterwards", async ({
  browser,
  haven,
}) => {
  test.setTimeout(150_000);
  const farahApi = await StaffApi.facilitator(haven, 'farah.words@example.org', 'Farah');
  const group = await farahApi.call('groups:create', {
    body: {
      name: 'Recovery circle',
      language: 'en',
      visibility: 'open',
      agreement: 'We look after each other.',
    },
  });
  const session = await farahApi.call('sessions:create', {
    params: { groupId: group.id },
    body: { title: 'Thursday circle', lobby: false },
  });

  const desk = await browser.newContext();
  await desk.addCookies([farahApi.cookieFor(haven.url)]);
  const farah = await desk.newPage();
  await farah.goto(`${haven.url}/staff/groups/${group.id}`);

  // The watched words, typed as a facilitator would; a mistake is caught before saving.
  const words = farah.getByRole('region', { name: 'Watched words' });
  await words.getByRole('button', { name: 'Add phrase' }).click();
  await words.getByRole('textbox', { name: 'Phrase 1' }).fill('sp*m');
  await words.getByRole('combobox', { name: 'Action for phrase 1' }).selectOption({
    label: 'Block — not sent',
  });
  await words.getByRole('button', { name: 'Save watched words' }).click();
  await expect(words.getByRole('textbox', { name: 'Phrase 1' })).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await words.getByRole('textbox', { name: 'Phrase 1' }).fill('spam*');
  await words.getByRole('button', { name: 'Add phrase' }).click();
  await words.getByRole('textbox', { name: 'Phrase 2' }).fill('kill myself');
  await words.getByRole('combobox', { name: 'Action for phrase 2' }).selectOption({
    label: 'Flag to moderators',
  });
  await words.getByRole('button', { name: 'Save watched words' }).click();
  await expect(words).toContainText('The list is saved.');
  const saved = await farahApi.call('safety:group-watched-words', {
    params: { groupId: group.id },
  });
  expect(saved.lists).toEqual([
    {
      locale: 'en',
      words: [
        { phrase: 'spam*', action: 'block' },
        { phrase: 'kill myself', action: 'flag' },
      ],
    },
  ]);

  await farah
    .getByRole('checkbox', { name: 'Hide phone numbers and email addresses from participants' })
    .check();
  await button(farah, 'Save changes').click();
  await expect(farah.getByText('Changes saved.')).toBeVisible();
  await farah.screenshot({ path: 'test-results/screenshots/watched-words-en.png', fullPage: true });

  // The room: Farah moderates, Amal and Bohdan take part.
  const link = `${haven.url}/s/${session.id}`;
  await farah.goto(link);
  await expect(farah.getByRole('textbox', { name: 'Message', exact: true })).toBeVisible();
  const phones = [
    await browser.newContext({ viewport: { width: 360, height: 740 } }),
    await browser.newContext(),
  ];
  const amal = await phones[0]!.newPage();
  await joinAs(amal, link, 'Amal');
  const bohdan = await phones[1]!.newPage();
  await joinAs(bohdan, link, 'Bohdan');

  // Blocked: refused gently, and what she wrote is still there to change.
  await say(amal, 'SPAMMING everyone with links');
  await expect(amal.getByText(/This message was not sent/)).toBeVisible();
  await expect(amal.getByRole('textbox', { name: 'Message', exact: true })).toHaveValue(
    'SPAMMING everyone with links',
  );
  await amal.getByRole('textbox', { name: 'Message', exact: true }).fill('');

  // A phone number: hidden from the room, seen by the moderator.
  await say(amal, 'Text me on 0612 345 678 any time');
  await expect(chat(bohdan)).toContainText('Text me on ••• any time');
  await expect(chat(bohdan)).toContainText(
    'Phone numbers and email addresses are hidden in this group',
  );
  await expect(chat(bohdan)).not.toContainText('345');
  await expect(chat(amal)).toContainText('Text me on ••• any time');
  await expect(chat(farah)).toContainText('Text me on 0612 345 678 any time');
  await expect(chat(farah)).toContainText('Participants see contact details hidden');

  // Flagged: posted, and the moderator is told privately.
  await say(amal, 'some nights I want to kill myself');
  await expect(chat(bohdan)).toContainText('some nights I want to kill myself');
  const calls = farah.getByRole('region', { name: /^Calls for support/ });
  await expect(calls).toContainText("Amal's message matched a watched word");
  await expect(bohdan.locator('body')).not.toContainText('matched a watched word');

  // Bohdan reports Amal's number-sharing; Farah records what she did.
  await chat(bohdan)
    .getByRole('listitem')
    .filter({ hasText: 'Text me on' })
    .getByRole('button', { name: "Report Amal's message" })
    .click();
  const reporting = bohdan.getByRole('dialog', { name: "Report Amal's message" });
  await reporting.getByRole('textbox', { name: 'What happened? (optional)' }).fill('Too personal');
  await reporting.getByRole('button', { name: 'Send report' }).click();
  await expect(reporting).toContainText('Amal will not be told who reported.');
  const reports = farah.getByRole('region', { name: /^Reports/ });
  await expect(reports).toContainText('Too personal');
  await reports.getByRole('combobox', { name: 'Action taken' }).selectOption({
    label: 'Warned privately',
  });
  await reports.getByRole('button', { name: 'Record action' }).click();
  await expect(reports).toContainText('Warned privately: recorded by Farah');
  await expect(amal.locator('body')).not.toContainText('Too personal');

  // Afterwards, the facilitator reads the session's reports from the group page.
  await farah.goto(`${haven.url}/staff/groups/${group.id}`);
  await farah.getByRole('link', { name: 'Reports of Thursday circle' }).click();
  await expect(farah.getByRole('heading', { name: 'Reports: Thursday circle' })).toBeVisible();
  const page = farah.getByRole('main');
  await expect(page).toContainText('Too personal');
  await expect(page).toContainText('Text me on 0612 345 678 any time');
  await expect(page).toContainText('Warned');
  await farah.screenshot({
    path: 'test-results/screenshots/session-reports-en.png',
    fullPage: true,
  });

  for (const c of [desk, ...phones]) await c.close();
});
