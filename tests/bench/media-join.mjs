// Media join time, measured in real Chromium against the real server and mediasoup worker:
// one page publishes its (fake) camera and microphone, a second page joins again and again;
// for each join: click on "Join session" → socket connected → receive transport connected →
// first remote video frame presented. Run: npm run bench:media-join [-- --joins 10]
// A benchmark, not a test: it asserts nothing and is not part of `npm test`.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { buildIfStale, checkNode, install, root } from '../../scripts/lib.mjs';
import { ensureMediasoupWorker } from '../../scripts/mediasoup-worker.mjs';

const { values } = parseArgs({ options: { joins: { type: 'string', default: '10' } } });
const JOINS = Number(values.joins);
const CHROMIUM = process.env.HAVEN_CHROMIUM ?? '/usr/bin/chromium';
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
/* global document, Element, MutationObserver */
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

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

function summary(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    p50: quantile(sorted, 0.5),
    p90: quantile(sorted, 0.9),
    min: sorted[0],
    max: sorted.at(-1),
  };
}

checkNode();
await install();
await buildIfStale();
await ensureMediasoupWorker();

const dataDir = mkdtempSync(join(tmpdir(), 'haven-bench-'));
const server = await startServer(dataDir);
const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
const rows = { socket: [], transport: [], frame: [] };
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
  `| milestone | p50 | p90 | min | max |`,
  `| --- | --- | --- | --- | --- |`,
  ...[
    ['socket connected', rows.socket],
    ['receive transport connected', rows.transport],
    ['first remote video frame', rows.frame],
  ].map(([label, samples]) => {
    const s = summary(samples);
    return `| ${label} | ${ms(s.p50)} | ${ms(s.p90)} | ${ms(s.min)} | ${ms(s.max)} |`;
  }),
  ``,
];
const report = lines.join('\n');
console.log(`\n${report}`);
mkdirSync(join(root, 'tests/bench/results'), { recursive: true });
writeFileSync(join(root, 'tests/bench/results/media-join.md'), report);
