import { mkdirSync } from 'node:fs';
import { expect, joinAs, say, test } from './fixtures';

test('two people join by link and talk in a live chat', async ({ browser, haven }) => {
  const link = await haven.newSessionLink();
  const amalContext = await browser.newContext();
  const bohdanContext = await browser.newContext();
  const amal = await amalContext.newPage();
  const bohdan = await bohdanContext.newPage();

  await joinAs(amal, link, 'Amal');
  await joinAs(bohdan, link, 'Bohdan');

  const amalPeople = amal.getByRole('list', { name: 'Participants' });
  await expect(amalPeople).toContainText('Bohdan');
  await expect(bohdan.getByRole('list', { name: 'Participants' })).toContainText('Amal');

  await say(amal, 'مرحبا، أهلاً بك');
  const bohdanChat = bohdan.getByRole('region', { name: 'Chat' });
  await expect(bohdanChat).toContainText('مرحبا، أهلاً بك');
  await expect(bohdanChat).toContainText('Amal');
  await expect(amal.getByRole('textbox', { name: 'Message' })).toHaveValue('');

  await say(bohdan, 'Привіт! Thanks for having me.');
  const amalChat = amal.getByRole('region', { name: 'Chat' });
  await expect(amalChat).toContainText('Привіт! Thanks for having me.');

  mkdirSync('test-results/screenshots', { recursive: true });
  await amal.screenshot({ path: 'test-results/screenshots/room-en.png' });

  // Order is the same for both.
  const texts = async (chat: typeof amalChat) =>
    (await chat.getByRole('listitem').allInnerTexts()).join('\n');
  expect((await texts(amalChat)).indexOf('مرحبا')).toBeLessThan(
    (await texts(amalChat)).indexOf('Привіт'),
  );

  // A reload in the same tab comes back as the same person with the history.
  await bohdan.reload();
  await expect(bohdan.getByRole('region', { name: 'Chat' })).toContainText('مرحبا، أهلاً بك');
  await expect(bohdan.getByRole('textbox', { name: 'Message' })).toBeVisible();
  await expect(amalPeople.getByRole('listitem')).toHaveCount(2);

  // Someone who leaves disappears from the list at once.
  await bohdan.getByRole('button', { name: 'Leave' }).click();
  // The optional question on leaving never holds anyone back.
  await bohdan
    .getByRole('dialog', { name: 'How are you leaving?' })
    .getByRole('button', { name: 'Skip and leave' })
    .click();
  await expect(amalPeople).not.toContainText('Bohdan');

  await amalContext.close();
  await bohdanContext.close();
});
