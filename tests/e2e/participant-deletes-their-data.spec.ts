import { expect, say, test, twoPeopleInSession } from './fixtures';

test('a participant sees what Haven keeps about them and deletes it; their words disappear for others', async ({
  browser,
  haven,
}) => {
  const { link, amal, bohdan, close } = await twoPeopleInSession(browser, haven);
  await say(amal, 'something I regret sharing');
  const bohdanChat = bohdan.getByRole('region', { name: 'Chat' });
  await expect(bohdanChat).toContainText('something I regret sharing');

  await amal.getByRole('button', { name: 'Leave' }).click();
  // She answers the optional question on leaving: an anonymous count, kept after her deletion.
  await amal
    .getByRole('dialog', { name: 'How are you leaving?' })
    .getByRole('button', { name: '4 – good' })
    .click();
  await expect(amal.getByRole('textbox', { name: 'Message' })).toHaveCount(0);
  await amal.goto(new URL('/me', link).toString());
  await expect(amal.getByRole('heading', { name: 'Your data on this device' })).toBeVisible();
  await expect(amal.getByRole('list', { name: 'Your groups' })).toContainText('Amal');
  await expect(amal.getByText('something I regret sharing')).toBeVisible();
  await amal.getByRole('button', { name: 'Delete my data' }).click();
  await amal.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(amal.getByText('Your data is deleted.')).toBeVisible();
  await amal.reload();
  await expect(amal.getByText('This browser has no Haven identity.')).toBeVisible();

  await bohdan.reload();
  await expect(bohdanChat).toContainText('Message removed');
  await expect(bohdanChat).not.toContainText('something I regret sharing');
  await expect(bohdanChat).not.toContainText('Amal');

  await close();
});
