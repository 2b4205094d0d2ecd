import { button, expect, joinAs, say, test } from './fixtures';
import { NIGHT_LINE, StaffApi } from './staff-api';

test.use({ actionTimeout: 20_000 });

test('a participant presses "I need support": only the moderators learn of it, one responds, and she sees where else to turn in her language', async ({
  browser,
  haven,
}) => {
  test.setTimeout(120_000);
  const farahApi = await StaffApi.facilitator(haven, 'farah.safety@example.org', 'Farah');
  const { link } = await farahApi.openCircle(haven, 'Grief circle', [NIGHT_LINE]);

  const contexts = await Promise.all([1, 2, 3].map(() => browser.newContext()));
  const [deskContext, amalPhone, bohdanPhone] = contexts as [
    (typeof contexts)[0],
    (typeof contexts)[0],
    (typeof contexts)[0],
  ];
  await deskContext.addCookies([farahApi.cookieFor(haven.url)]);
  const farah = await deskContext.newPage();
  await farah.goto(link);
  await expect(farah.getByRole('textbox', { name: 'Message', exact: true })).toBeVisible();
  const amal = await amalPhone.newPage();
  await joinAs(amal, link, 'Amal');
  const bohdan = await bohdanPhone.newPage();
  await joinAs(bohdan, link, 'Bohdan');

  // Moderators have no such button; participants always do.
  await expect(button(farah, 'I need support')).toHaveCount(0);
  await button(amal, 'I need support').click();
  const confirmation = amal.getByRole('dialog', {
    name: 'A moderator will reach out to you privately.',
  });
  await expect(confirmation).toBeVisible();
  await expect(confirmation).toContainText('Night line');
  await expect(confirmation.getByRole('link', { name: 'Call +44 800 123 456' })).toHaveAttribute(
    'href',
    'tel:+44800123456',
  );
  await amal.screenshot({ path: 'test-results/screenshots/support-confirmation-en.png' });

  // The moderator is told at once, privately, and takes it on.
  const calls = farah.getByRole('region', { name: /^Calls for support/ });
  await expect(calls).toContainText('Amal');
  await farah.screenshot({ path: 'test-results/screenshots/support-alert-en.png' });
  await button(farah, 'Respond to Amal').click();
  await expect(calls).toContainText('is responding');
  await confirmation.getByRole('button', { name: 'Close', exact: true }).click();

  // Bohdan saw nothing of it: by the time a later message reaches him, a leak would have too.
  await say(farah, 'Let us take a short breath together');
  await expect(bohdan.getByRole('region', { name: 'Chat' })).toContainText(
    'Let us take a short breath together',
  );
  await expect(bohdan.getByRole('region', { name: /^Calls for support/ })).toHaveCount(0);
  await expect(bohdan.locator('body')).not.toContainText('reach out to you privately');
  await expect(bohdan.locator('body')).not.toContainText('Calls for support');

  // Help is there at any time, without asking the moderators.
  await button(amal, 'Help').click();
  await expect(amal.getByRole('dialog', { name: 'Where you can turn for help' })).toContainText(
    'Night line',
  );

  for (const c of contexts) await c.close();
});
