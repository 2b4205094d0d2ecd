import { readFileSync } from 'node:fs';
import { button, expect, test } from './fixtures';
import { StaffApi } from './staff-api';

test.use({ actionTimeout: 20_000 });

const TITLE = 'Thursday circle';

/** The wall-clock date and time a few minutes ago, in UTC (the group's zone here). */
function justBefore(minutes: number): { date: string; time: string; weekday: string } {
  const at = new Date(Date.now() - minutes * 60_000);
  const iso = at.toISOString();
  return {
    date: iso.slice(0, 10),
    time: iso.slice(11, 16),
    weekday: at.toLocaleDateString('en', { weekday: 'long', timeZone: 'UTC' }),
  };
}

test('a facilitator schedules a weekly hybrid session; a member says she is going and adds it to her calendar; people check in at the venue, one without a signal; the dashboard shows the attendance', async ({
  browser,
  haven,
}) => {
  test.setTimeout(180_000);
  const farahApi = await StaffApi.facilitator(haven, 'farah.plan@example.org', 'Farah');
  const group = await farahApi.call('groups:create', {
    body: {
      name: 'Newcomers circle',
      language: 'en',
      visibility: 'closed',
      agreement: 'What is said here stays here.',
      timeZone: 'UTC',
    },
  });
  const { link: invite } = await farahApi.call('invites:create', {
    params: { groupId: group.id },
    body: { expiresInDays: 7, maxUses: 10 },
  });

  // The facilitator plans it in the browser: weekly, hybrid, starting a few minutes ago.
  const office = await browser.newContext();
  await office.addCookies([farahApi.cookieFor(haven.url)]);
  const farah = await office.newPage();
  await farah.goto(`${haven.url}/staff/groups/${group.id}`);
  const start = justBefore(5);
  const form = farah.getByRole('form', { name: 'Schedule a session' });
  await form.getByRole('textbox', { name: 'Title' }).fill(TITLE);
  await form.getByLabel('Start date').fill(start.date);
  await form.getByLabel('Start time').fill(start.time);
  await form.getByLabel('Repeats').selectOption({ label: `Every week on ${start.weekday}` });
  await form.getByRole('radio', { name: 'Hybrid' }).check();
  await form.getByRole('textbox', { name: 'Venue name' }).fill('Community centre');
  await form.getByRole('textbox', { name: 'Address' }).fill('12 Station Road');
  await button(farah, 'Schedule').click();
  await expect(farah.getByText(`“${TITLE}” is scheduled.`, { exact: false })).toBeVisible();
  await expect(farah.getByRole('list', { name: 'Coming sessions' })).toContainText(TITLE);
  await farah.screenshot({
    path: 'test-results/screenshots/schedule-staff-en.png',
    fullPage: true,
  });

  // Amal joins the group by its invite and finds the session among hers.
  const phone = await browser.newContext({
    viewport: { width: 390, height: 844 },
    acceptDownloads: true,
  });
  const amal = await phone.newPage();
  await amal.goto(invite);
  await amal.getByRole('button', { name: 'English', exact: true }).click();
  await amal.getByRole('textbox', { name: 'Display name' }).fill('Amal');
  await amal.getByRole('checkbox', { name: 'I agree to the group agreement' }).check();
  await amal.getByRole('button', { name: 'Join group' }).click();
  await amal.getByRole('link', { name: 'See all your planned sessions' }).click();
  await expect(amal.getByRole('heading', { name: 'My sessions' })).toBeVisible();
  await expect(amal.getByText(TITLE).first()).toBeVisible();

  const answer = amal.getByRole('group', { name: new RegExp(`^Your answer for ${TITLE}`) }).first();
  await answer.getByRole('button', { name: 'Going', exact: true }).click();
  await expect(answer.getByRole('button', { name: 'Going', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(amal.getByText('You are going.').first()).toBeVisible();
  await amal.screenshot({ path: 'test-results/screenshots/my-sessions-en.png', fullPage: true });

  // The calendar file: the title and the times, and nothing that names her or the place.
  const [download] = await Promise.all([
    amal.waitForEvent('download'),
    amal.getByRole('button', { name: 'Add to calendar' }).first().click(),
  ]);
  expect(download.suggestedFilename()).toBe(`${TITLE}.ics`);
  const ics = readFileSync(await download.path(), 'utf8');
  expect(ics).toContain('BEGIN:VEVENT');
  expect(ics).toContain(`SUMMARY:${TITLE}`);
  const started = new Date(`${start.date}T${start.time}:00Z`);
  expect(ics).toContain(
    `DTSTART:${started.toISOString().replace(/[-:]/g, '').replace('.000', '')}`,
  );
  expect(ics).not.toContain('Amal');
  expect(ics).not.toContain('Station Road');

  // The facilitator sees one person going.
  await farah.reload();
  await expect(farah.getByText(/Going: 1 of/).first()).toBeVisible();

  // At the venue: the facilitator's screen shows the code; Amal types what she reads there.
  await farah
    .getByRole('link', { name: /^Check-in for / })
    .first()
    .click();
  const sessionId = /\/sessions\/([^/]+)\/check-in/.exec(farah.url())?.[1] ?? '';
  const shown = farah
    .getByRole('status', { name: 'Check-in code' })
    .or(farah.locator('output[aria-label="Check-in code"]'));
  await expect(shown).toHaveText(/^\d{3} ?\d{3}$/);
  await expect(farah.getByRole('img', { name: 'QR code for checking in' })).toBeVisible();
  await farah.screenshot({ path: 'test-results/screenshots/venue-checkin-en.png' });
  const code = async () => ((await shown.textContent()) ?? '').replace(/\s/g, '');
  await amal.goto(`${haven.url}/check-in/${sessionId}`);
  await amal.getByRole('textbox', { name: 'Check-in code' }).fill(await code());
  await button(amal, 'Check in').click();
  await expect(amal.getByText(`You are checked in for ${TITLE}`)).toBeVisible();

  // Bohdan's phone has no signal in the hall: his check-in waits and goes when it can.
  const bohdanPhone = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const bohdan = await bohdanPhone.newPage();
  await bohdan.goto(invite);
  await bohdan.getByRole('button', { name: 'English', exact: true }).click();
  await bohdan.getByRole('textbox', { name: 'Display name' }).fill('Bohdan');
  await bohdan.getByRole('checkbox', { name: 'I agree to the group agreement' }).check();
  await bohdan.getByRole('button', { name: 'Join group' }).click();
  await expect(bohdan.getByRole('link', { name: 'See all your planned sessions' })).toBeVisible();
  await bohdan.goto(`${haven.url}/check-in/${sessionId}`);
  await bohdanPhone.setOffline(true);
  await bohdan.getByRole('textbox', { name: 'Check-in code' }).fill(await code());
  await button(bohdan, 'Check in').click();
  await expect(bohdan.getByText('Saved. It will be sent when you are back online.')).toBeVisible();
  await bohdanPhone.setOffline(false);
  await expect(bohdan.getByText(`You are checked in for ${TITLE}`)).toBeVisible({
    timeout: 20_000,
  });

  // Five more came without phones. One roster, nobody counted twice.
  const roster = farah.getByRole('region', { name: 'Who is here' });
  await expect(roster).toContainText('Amal', { timeout: 15_000 });
  await expect(roster).toContainText('Bohdan', { timeout: 15_000 });
  await roster.getByRole('spinbutton', { name: 'People without a phone' }).fill('5');
  await button(farah, 'Save headcount').click();
  await expect(roster).toContainText('The headcount is saved.');
  await farah.screenshot({ path: 'test-results/screenshots/venue-roster-en.png', fullPage: true });

  // Afterwards the dashboard shows the attendance; small counts stay hidden.
  await farah.getByRole('link', { name: 'Back to the group' }).click();
  const table = farah.getByRole('table', { name: 'Attendance by session' });
  // Two checked in, five without phones: the total would give the two away, so it is withheld.
  const row = table.getByRole('row').filter({ hasText: TITLE }).first();
  await expect(row.getByRole('cell')).toContainText([TITLE, '—', '<5', '0', '5']);
  await farah
    .getByRole('region', { name: 'Attendance' })
    .screenshot({ path: 'test-results/screenshots/attendance-en.png' });
  const [csv] = await Promise.all([
    farah.waitForEvent('download'),
    button(farah, 'Download CSV').click(),
  ]);
  const text = readFileSync(await csv.path(), 'utf8');
  expect(text).toContain(TITLE);
  expect(text).not.toContain('Amal');

  await bohdanPhone.close();
  await phone.close();
  await office.close();
});
