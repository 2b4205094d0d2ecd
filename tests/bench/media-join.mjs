// Media join time, measured in real Chromium against the real server and mediasoup worker:
// one page publishes its (fake) camera and microphone, a second page joins again and again;
// for each join: click on "Join session" → socket connected → receive transport connected →
// first remote video frame presented. The baseline, in the same run and interleaved with it: two
// pages connected directly by an RTCPeerConnection on loopback (no server at all), from the
// start to connected to the first frame. Run: npm run bench:media-join [-- --joins 10]
// A benchmark, not a test: it asserts nothing and is not part of `npm test`.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import {
  buildIfStale,
  CHROMIUM,
  checkNode,
  ensureChromium,
  install,
  root,
} from '../../scripts/lib.mjs';
import { ensureMediasoupWorker } from '../../scripts/mediasoup-worker.mjs';

const { values } = parseArgs({ options: { joins: { type: 'string', default: '10' } } });
const JOINS = Number(values.joins);
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--use-fake-ui-for-media-stream',
  '--use-fake-device-for-media-stream',
  '--autoplay-policy=no-user-gesture-required',
];

/** Runs in every page before the app: marks the click and the first presented remote frame. */
/* global document, Element, MutationObserver, RTCPeerConnection, MediaStream, window */
function instrument() {
  document.addEventListener(
    'click',
    (event) => {
      const button = event.target instanceof Element ? event.target.closest('button') : null;
      if (button?.textContent?.trim() === 'Join session') performance.mark('bench:click');
    },
    { capture: true },
  );
  const watch = (video) => {
    if (video.dataset.benchWatched) return;
    video.dataset.benchWatched = '1';
    video.requestVideoFrameCallback(() => {
      if (performance.getEntriesByName('bench:first-frame').length === 0)
        performance.mark('bench:first-frame');
    });
  };
  new MutationObserver(() => document.querySelectorAll('video').forEach(watch)).observe(document, {
    childList: true,
    subtree: true,
  });
}

async function startServer(dataDir) {
  const child = spawn(process.execPath, ['apps/server/dist/main.js'], {
    cwd: root,
    env: { ...process.env, DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'warn', MEDIA_PORT: '0' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let banner = '';
  const link = await new Promise((resolve, reject) => {
    child.stderr.on('data', (chunk) => {
      banner += chunk;
      const found = /(http:\/\/\S+\/s\/\S+)/.exec(banner);
      if (found) resolve(found[1]);
    });
    child.once('exit', (code) => reject(new Error(`server exited (${code}): ${banner}`)));
  });
  return { link, stop: () => child.kill('SIGTERM') };
}

async function joinRoom(page, link, name) {
  await page.goto(link);
  await page.getByLabel('Display name').fill(name);
  await page.getByRole('checkbox', { name: 'I agree to the group agreement' }).check();
  await page.getByRole('button', { name: 'Join session' }).click();
}

/**
 * The baseline join: a page receives the other page's camera straight over a peer connection,
 * offer and answer passed by hand with every candidate in them (loopback gathers at once).
 * Returns the times from the start to connected and to the first frame presented.
 */
async function directJoin(publisher, viewer) {
  const offer = await publisher.evaluate(async () => {
    const stream = await navigator.mediaDevices.getUserMedia({ audio: true, video: true });
    const pc = new RTCPeerConnection();
    window.benchPc = pc;
    for (const track of stream.getTracks()) pc.addTrack(track, stream);
    await pc.setLocalDescription(await pc.createOffer());
    await new Promise((r) => {
      if (pc.iceGatheringState === 'complete') r();
      else
        pc.addEventListener(
          'icegatheringstatechange',
          () => pc.iceGatheringState === 'complete' && r(),
        );
    });
    return pc.localDescription.toJSON();
  });
  const { answer } = await viewer.evaluate(async (remote) => {
    const start = performance.now();
    const pc = new RTCPeerConnection();
    const video = document.createElement('video');
    video.muted = true;
    video.autoplay = true;
    document.body.append(video);
    const connected = new Promise((r) =>
      pc.addEventListener(
        'connectionstatechange',
        () => pc.connectionState === 'connected' && r(performance.now()),
      ),
    );
    const frame = new Promise((r) => {
      pc.addEventListener('track', (e) => {
        if (e.track.kind !== 'video') return;
        video.srcObject = new MediaStream([e.track]);
        video.requestVideoFrameCallback(() => r(performance.now()));
      });
    });
    await pc.setRemoteDescription(remote);
    await pc.setLocalDescription(await pc.createAnswer());
    await new Promise((r) => {
      if (pc.iceGatheringState === 'complete') r();
      else
        pc.addEventListener(
          'icegatheringstatechange',
          () => pc.iceGatheringState === 'complete' && r(),
        );
    });
    window.benchDone = Promise.all([connected, frame]).then(([c, f]) => ({
      transport: c - start,
      frame: f - start,
    }));
    return { answer: pc.localDescription.toJSON() };
  }, offer);
  await publisher.evaluate((a) => window.benchPc.setRemoteDescription(a), answer);
  return viewer.evaluate(() => window.benchDone);
}

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

function summary(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    p50: quantile(sorted, 0.5),
    p95: quantile(sorted, 0.95),
    min: sorted[0],
    max: sorted.at(-1),
  };
}

checkNode();
await install();
await buildIfStale();
await ensureChromium();
await ensureMediasoupWorker();

const dataDir = mkdtempSync(join(tmpdir(), 'haven-bench-'));
const server = await startServer(dataDir);
const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
const rows = { socket: [], transport: [], frame: [] };
const direct = { transport: [], frame: [] };
try {
  const publisher = await (await browser.newContext()).newPage();
  await joinRoom(publisher, server.link, 'Publisher');
  await publisher.getByRole('button', { name: 'Microphone', exact: true }).click();
  await publisher.getByRole('button', { name: 'Camera', exact: true }).click();

  for (let i = 0; i < JOINS; i++) {
    const context = await browser.newContext();
    await context.addInitScript(instrument);
    const page = await context.newPage();
    await joinRoom(page, server.link, `Viewer ${i + 1}`);
    await page.waitForFunction(() => performance.getEntriesByName('bench:first-frame').length > 0, {
      timeout: 30_000,
    });
    const marks = await page.evaluate(() => {
      const at = (name) => performance.getEntriesByName(name).at(-1)?.startTime ?? null;
      return {
        click: at('bench:click'),
        socket: at('haven:socket-connected'),
        transport: at('haven:recv-transport-connected'),
        frame: at('bench:first-frame'),
      };
    });
    // The join page may already hold a connection before the click: that part costs nothing.
    rows.socket.push(Math.max(0, marks.socket - marks.click));
    rows.transport.push(marks.transport - marks.click);
    rows.frame.push(marks.frame - marks.click);
    await context.close();

    // The baseline, right after: the same machine, the same moment.
    const pair = [await browser.newContext(), await browser.newContext()];
    const [from, to] = await Promise.all(pair.map((c) => c.newPage()));
    const blank = new URL('/recipes/lentil-soup.html', server.link).toString();
    await Promise.all([from.goto(blank), to.goto(blank)]);
    const d = await directJoin(from, to);
    direct.transport.push(d.transport);
    direct.frame.push(d.frame);
    for (const c of pair) await c.close();
  }
} finally {
  await browser.close();
  server.stop();
  rmSync(dataDir, { recursive: true, force: true });
}

const ms = (v) => `${Math.round(v)} ms`;
const lines = [
  `# Media join time`,
  ``,
  `${JOINS} joins, ${availableParallelism()} cores, Node ${process.version}, ${new Date().toISOString()}.`,
  `From the click on "Join session" on a page that has the session link open.`,
  ``,
  `Baseline: two pages connected directly by an RTCPeerConnection on loopback, measured right`,
  `after each Haven join, from its start.`,
  ``,
  `| milestone | Haven p50 | Haven p95 | baseline p50 | baseline p95 | ratio p50 | ratio p95 |`,
  `| --- | --- | --- | --- | --- | --- | --- |`,
  ...[
    ['socket connected', rows.socket, null],
    ['(receive) transport connected', rows.transport, direct.transport],
    ['first remote video frame', rows.frame, direct.frame],
  ].map(([label, samples, base]) => {
    const h = summary(samples);
    if (!base) return `| ${label} | ${ms(h.p50)} | ${ms(h.p95)} | – | – | – | – |`;
    const b = summary(base);
    const x = (a, c) => `${(a / c).toFixed(1)}×`;
    return `| ${label} | ${ms(h.p50)} | ${ms(h.p95)} | ${ms(b.p50)} | ${ms(b.p95)} | ${x(h.p50, b.p50)} | ${x(h.p95, b.p95)} |`;
  }),
  ``,
];
const report = lines.join('\n');
console.log(`\n${report}`);
mkdirSync(join(root, 'tests/bench/results'), { recursive: true });
writeFileSync(join(root, 'tests/bench/results/media-join.md'), report);
