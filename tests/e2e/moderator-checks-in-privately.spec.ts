import type { Locator, Page } from '@playwright/test';
import { button, expect, joinAs, say, test } from './fixtures';
import { NIGHT_LINE, StaffApi } from './staff-api';

// One step that hangs should fail in seconds, not at the end of the whole walk-through.
test.use({ actionTimeout: 20_000 });

const FIRST_WORDS = 'Hello everyone, I had a hard week';
const ASKED = 'Hi Amal, I am here with you. How are you feeling?';
const ANSWERED = 'Not great, thank you for asking';
const HURTFUL = 'you idiots';
const REASON = 'It felt like he was mocking me';

/**
 * Keeps every RTCPeerConnection the page opens, so the test can read what really arrives over
 * the network (as in two-people-see-and-hear-each-other). Test-only: the app exposes nothing.
 */
function keepPeerConnections(): void {
  const Native = window.RTCPeerConnection;
  const kept: RTCPeerConnection[] = [];
  Object.assign(window, { __peerConnections: kept });
  window.RTCPeerConnection = class extends Native {
    constructor(config?: RTCConfiguration) {
      super(config);
      kept.push(this);
    }
  };
}

/** Audio packets received so far, per inbound stream, over all the page's open connections. */
async function audioIn(page: Page): Promise<Record<string, number>> {
  return page.evaluate(async () => {
    const kept = (window as unknown as { __peerConnections?: RTCPeerConnection[] })
      .__peerConnections;
    const totals: Record<string, number> = {};
    for (const [index, pc] of (kept ?? []).entries()) {
      if (pc.connectionState === 'closed') continue;
      const report = await pc.getStats();
      report.forEach((s: { type: string; id: string; kind?: string } & Record<string, unknown>) => {
        if (s.type === 'inbound-rtp' && s.kind === 'audio')
          totals[`${index}/${s.id}`] = Number(s.packetsReceived ?? 0);
      });
    }
    return totals;
  });
}

const growth = (before: Record<string, number>, after: Record<string, number>): number =>
  Object.entries(after).reduce(
    (sum, [key, count]) => sum + Math.max(0, count - (before[key] ?? 0)),
    0,
  );

async function expectAudioGrowing(page: Page): Promise<void> {
  const before = await audioIn(page);
  await expect
    .poll(async () => growth(before, await audioIn(page)), { timeout: 20_000 })
    .toBeGreaterThan(5);
}

/** The call's sound inside a check-in panel: one element playing a live track. */
async function expectCallAudio(panel: Locator): Promise<void> {
  const audio = panel.locator('audio.talk-audio');
  await expect(audio).toHaveCount(1, { timeout: 20_000 });
  await expect
    .poll(
      () =>
        audio.evaluate(
          (a: HTMLAudioElement) =>
            (a.srcObject as MediaStream | null)?.getAudioTracks()[0]?.readyState ?? 'none',
        ),
      { timeout: 20_000 },
    )
    .toBe('live');
}

const chat = (page: Page): Locator => page.getByRole('region', { name: 'Chat' });

test('a moderator checks in privately with a participant who asked for support, a held message is deleted before anyone sees it, and a report is recorded', async ({
  browser,
  haven,
}) => {
  test.setTimeout(180_000);
  const farahApi = await StaffApi.facilitator(haven, 'farah.checkin@example.org', 'Farah');
  const { groupId, link } = await farahApi.openCircle(haven, 'Grief circle', [NIGHT_LINE]);
  await farahApi.call('safety:set-group-watched-words', {
    params: { groupId, locale: 'en' },
    body: { words: [{ phrase: 'idiot*', action: 'hold' }] },
  });

  // Amal is on a small phone: everything she needs works on a 360 px wide screen.
  const deskContext = await browser.newContext();
  const amalPhone = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const bohdanPhone = await browser.newContext();
  const contexts = [deskContext, amalPhone, bohdanPhone];
  for (const c of contexts) await c.addInitScript(keepPeerConnections);
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

  // The check-in moves to a private call. The room goes on: Bohdan gets no tile and no sound of it.
  const stage = (page: Page) =>
    page.getByRole('list', { name: 'Audio and video' }).getByRole('figure');
  const bohdanTiles = await stage(bohdan).count();
  await button(farah, 'Start private call with Amal').click();
  const farahCall = withAmal.getByRole('group', { name: 'Private call', exact: true });
  await expect(farahCall).toContainText('Waiting for Amal to join');
  // Her room microphone is held off while she is in the call.
  await expect(button(farah, 'Microphone')).toHaveAttribute('aria-disabled', 'true');

  await expect(mine).toContainText('Farah invites you to a private call');
  await button(amal, 'Join private call').click();
  const amalCall = mine.getByRole('group', { name: 'Private call', exact: true });
  await expect(amalCall.getByRole('figure', { name: 'Farah' })).toBeVisible();
  await expect(farahCall.getByRole('figure', { name: 'Amal' })).toBeVisible();
  await expect(button(amal, 'Microphone')).toHaveAttribute('aria-disabled', 'true');

  // Chromium's fake microphones beep: each hears the other, in the check-in's own panel.
  await expectCallAudio(mine);
  await expectCallAudio(withAmal);
  await expectAudioGrowing(amal);
  await expectAudioGrowing(farah);

  // Nobody's room microphone is on, so any sound reaching Bohdan would be the private call's.
  const bohdanHeard = await audioIn(bohdan);
  await bohdan.waitForTimeout(2_000);
  expect(growth(bohdanHeard, await audioIn(bohdan))).toBe(0);
  await expect(bohdan.locator('audio')).toHaveCount(0);
  await expect(stage(bohdan)).toHaveCount(bohdanTiles);
  for (const trace of ['Private call', 'invites you']) {
    await expect(bohdan.locator('body')).not.toContainText(trace);
  }

  // The moderator ends the call: it ends for Amal too, and both room microphones come back.
  await button(farah, 'End private call').click();
  await expect(farahCall).toHaveCount(0);
  await expect(amalCall).toHaveCount(0);
  await expect(mine.locator('audio.talk-audio')).toHaveCount(0);
  await expect(button(farah, 'Start private call with Amal')).toBeVisible();
  for (const page of [farah, amal])
    await expect(button(page, 'Microphone')).not.toHaveAttribute('aria-disabled', 'true');

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
