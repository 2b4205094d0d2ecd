import type { Browser, Locator, Page } from '@playwright/test';
import { expect, joinAs, test } from './fixtures';

/**
 * Keeps every RTCPeerConnection the page opens, so the test can read what really arrives over
 * the network. Test-only: it wraps the browser's constructor before the app loads; the app
 * itself exposes nothing for tests.
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

/** Per received stream (keyed by connection and stream): decoded video frames, audio packets. */
interface Inbound {
  video: Record<string, number>;
  audio: Record<string, number>;
}

/** What this page has received so far, stream by stream, over all its open peer connections. */
async function inbound(page: Page): Promise<Inbound> {
  return page.evaluate(async () => {
    const kept = (window as unknown as { __peerConnections?: RTCPeerConnection[] })
      .__peerConnections;
    const totals: Inbound = { video: {}, audio: {} };
    for (const [index, pc] of (kept ?? []).entries()) {
      if (pc.connectionState === 'closed') continue;
      const report = await pc.getStats();
      report.forEach((s: { type: string; id: string; kind?: string } & Record<string, unknown>) => {
        if (s.type !== 'inbound-rtp') return;
        const key = `${index}/${s.id}`;
        if (s.kind === 'video') totals.video[key] = Number(s.framesDecoded ?? 0);
        if (s.kind === 'audio') totals.audio[key] = Number(s.packetsReceived ?? 0);
      });
    }
    return totals;
  });
}

/**
 * How much arrived between two readings. Stream by stream: a receiver that closed drops out of
 * the stats, and must not hide (or fake) what the others received.
 */
const growth = (before: Record<string, number>, after: Record<string, number>): number =>
  Object.entries(after).reduce(
    (sum, [key, count]) => sum + Math.max(0, count - (before[key] ?? 0)),
    0,
  );

/** Keeps the page's WebSockets, so the test can drop its connection as a network change would. */
function keepWebSockets(): void {
  const Native = window.WebSocket;
  const kept: WebSocket[] = [];
  Object.assign(window, { __webSockets: kept });
  window.WebSocket = class extends Native {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols);
      kept.push(this);
    }
  };
}

async function personInSession(browser: Browser, link: string, name: string) {
  const context = await browser.newContext();
  await context.addInitScript(keepPeerConnections);
  await context.addInitScript(keepWebSockets);
  const page = await context.newPage();
  await joinAs(page, link, name);
  return { page, close: () => context.close() };
}

const toggle = (page: Page, name: string): Locator =>
  page.getByRole('button', { name, exact: true });

async function turnOn(page: Page, name: 'Microphone' | 'Camera'): Promise<void> {
  await toggle(page, name).click();
  await expect(toggle(page, name)).toHaveAttribute('aria-pressed', 'true');
}

/** Someone's tile on the stage, found by their name. */
const tileOf = (page: Page, name: string): Locator =>
  page.getByRole('list', { name: 'Audio and video' }).getByRole('figure', { name });

async function expectVideoFrom(page: Page, name: string): Promise<void> {
  const video = tileOf(page, name).locator('video');
  await expect(video).toHaveCount(1, { timeout: 20_000 });
  await expect
    .poll(() => video.evaluate((v: HTMLVideoElement) => v.videoWidth), { timeout: 20_000 })
    .toBeGreaterThan(0);
}

type Kind = keyof Inbound;

/** Waits until more of this kind keeps arriving. */
async function expectGrowing(page: Page, kind: Kind): Promise<void> {
  const before = (await inbound(page))[kind];
  await expect
    .poll(async () => growth(before, (await inbound(page))[kind]), { timeout: 20_000 })
    .toBeGreaterThan(5);
}

/** Nothing more of this kind arrives. */
async function expectStill(page: Page, kind: Kind): Promise<void> {
  // What was already on its way when the sender stopped may still land: let it.
  await page.waitForTimeout(1_500);
  const before = (await inbound(page))[kind];
  await page.waitForTimeout(2_000);
  expect(growth(before, (await inbound(page))[kind])).toBe(0);
}

test('two people turn on microphone and camera, see and hear each other, and keep it after a reload', async ({
  browser,
  haven,
}) => {
  test.setTimeout(180_000);
  const link = await haven.newSessionLink();
  const amal = await personInSession(browser, link, 'Amal');
  const bohdan = await personInSession(browser, link, 'Bohdan');

  // Both join with microphone and camera off.
  for (const { page } of [amal, bohdan]) {
    await expect(toggle(page, 'Microphone')).toHaveAttribute('aria-pressed', 'false');
    await expect(toggle(page, 'Camera')).toHaveAttribute('aria-pressed', 'false');
  }

  for (const { page } of [amal, bohdan]) {
    await turnOn(page, 'Microphone');
    await turnOn(page, 'Camera');
  }

  // Each sees the other's camera, decoded frame after frame, and hears their microphone.
  await expectVideoFrom(amal.page, 'Bohdan');
  await expectVideoFrom(bohdan.page, 'Amal');
  for (const { page } of [amal, bohdan]) {
    await expectGrowing(page, 'video');
    await expectGrowing(page, 'audio');
  }
  await expect(amal.page.locator('audio.remote-audio')).toHaveCount(1);

  // Amal's camera goes off: Bohdan sees her placeholder and receives no more frames.
  await toggle(amal.page, 'Camera').click();
  await expect(toggle(amal.page, 'Camera')).toHaveAttribute('aria-pressed', 'false');
  await expect(tileOf(bohdan.page, 'Amal').locator('video')).toHaveCount(0);
  await expectStill(bohdan.page, 'video');
  await turnOn(amal.page, 'Camera');
  await expectVideoFrom(bohdan.page, 'Amal');

  // Audio only: Amal stops receiving video entirely, but still hears Bohdan.
  await toggle(amal.page, 'Audio only').click();
  await expect(toggle(amal.page, 'Audio only')).toHaveAttribute('aria-pressed', 'true');
  await expect(tileOf(amal.page, 'Bohdan').locator('video')).toHaveCount(0);
  await expectStill(amal.page, 'video');
  await expectGrowing(amal.page, 'audio');
  await toggle(amal.page, 'Audio only').click();
  await expect(toggle(amal.page, 'Audio only')).toHaveAttribute('aria-pressed', 'false');
  await expectVideoFrom(amal.page, 'Bohdan');

  // Chromium's fake microphone beeps: the media server hears it and everyone sees who speaks.
  await expect
    .poll(() => tileOf(amal.page, 'Bohdan').evaluate((el) => el.closest('li')?.className ?? ''), {
      timeout: 20_000,
      intervals: [100],
    })
    .toContain('speaking');

  // Amal's network drops. While she is away Bohdan turns his camera off and on again (a new
  // track she was never told of); when her network returns she is back in the room without the
  // join page, catches up on his new camera, and both keep receiving.
  await amal.page.context().setOffline(true);
  await amal.page.evaluate(() =>
    (window as unknown as { __webSockets: WebSocket[] }).__webSockets.forEach((ws) => ws.close()),
  );
  await expect(
    bohdan.page.getByRole('region', { name: 'Participants' }).getByText(/reconnecting/i),
  ).toBeVisible({ timeout: 20_000 });
  await toggle(bohdan.page, 'Camera').click();
  await expect(toggle(bohdan.page, 'Camera')).toHaveAttribute('aria-pressed', 'false');
  await turnOn(bohdan.page, 'Camera');
  await expect(tileOf(bohdan.page, 'Bohdan').locator('video')).toHaveCount(1);
  await amal.page.context().setOffline(false);
  await expect(
    bohdan.page.getByRole('region', { name: 'Participants' }).getByText(/reconnecting/i),
  ).toHaveCount(0, { timeout: 20_000 });
  await expect(amal.page.getByRole('button', { name: 'Join session' })).toHaveCount(0);
  await expectVideoFrom(amal.page, 'Bohdan');
  await expectGrowing(amal.page, 'video');
  await expectGrowing(bohdan.page, 'video');
  await expectGrowing(bohdan.page, 'audio');

  // The data estimate is measured, not guessed.
  await expect(amal.page.getByText(/≈ [\d.,]+ (kB|MB) per minute/)).toBeVisible({
    timeout: 15_000,
  });

  // Bohdan reloads: straight back into the room (no join page) and into media, as he left it.
  await bohdan.page.reload();
  await expect(bohdan.page.getByRole('textbox', { name: 'Message' })).toBeVisible();
  await expect(bohdan.page.getByRole('button', { name: 'Join session' })).toHaveCount(0);
  await expect(toggle(bohdan.page, 'Microphone')).toHaveAttribute('aria-pressed', 'true');
  await expect(toggle(bohdan.page, 'Camera')).toHaveAttribute('aria-pressed', 'true');
  await expectVideoFrom(bohdan.page, 'Amal');
  await expectGrowing(bohdan.page, 'video');
  await expectGrowing(bohdan.page, 'audio');
  // And Amal gets his new camera and microphone.
  await expectVideoFrom(amal.page, 'Bohdan');
  await expectGrowing(amal.page, 'video');

  await amal.close();
  await bohdan.close();
});
