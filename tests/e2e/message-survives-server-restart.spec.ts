import { expect, say, test, twoPeopleInSession } from './fixtures';

test('a message written while the server restarts reaches the others exactly once', async ({
  browser,
  haven,
}) => {
  const { amal, bohdan, close } = await twoPeopleInSession(browser, haven);
  await say(amal, 'before the restart');
  await expect(bohdan.getByRole('region', { name: 'Chat' })).toContainText('before the restart');

  await haven.stop();
  // Offline, the message waits in the outbox instead of being lost.
  await say(amal, 'written while the server was away');
  await expect(amal.getByRole('region', { name: 'Chat' })).toContainText(
    'written while the server was away',
  );
  await haven.start();

  const bohdanChat = bohdan.getByRole('region', { name: 'Chat' });
  await expect(bohdanChat).toContainText('written while the server was away', { timeout: 30_000 });
  await expect(bohdanChat.getByText('written while the server was away')).toHaveCount(1);
  await expect(bohdanChat.getByText('before the restart')).toHaveCount(1);
  // Both came back as themselves: still two people, not four.
  await expect(amal.getByRole('list', { name: 'Participants' }).getByRole('listitem')).toHaveCount(
    2,
  );

  // And a reload after all that shows the same history, once each.
  await bohdan.reload();
  await expect(
    bohdan.getByRole('region', { name: 'Chat' }).getByText('written while the server was away'),
  ).toHaveCount(1);

  await close();
});
