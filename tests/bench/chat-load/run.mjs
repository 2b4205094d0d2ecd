// Chat load: Haven against a raw Socket.IO relay of the same version, measured in the same run,
// rounds interleaved (B, H, H, B …) so that what the machine does meanwhile falls on both.
// Run: npm run bench:chat [-- --rooms 100 --seconds 8 --knee-rooms 200,300 --profile]; options at the top.
// A benchmark, not a test: it asserts nothing and is not part of `npm test`.
import { execFile, fork, spawn } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import hdr from 'hdr-histogram-js';
import { buildIfStale, checkNode, install, root } from '../../../scripts/lib.mjs';

const { values } = parseArgs({
  options: {
    rooms: { type: 'string', default: '100' },
    size: { type: 'string', default: '10' },
    rate: { type: 'string', default: '0.2' },
    'stress-rate': { type: 'string', default: '0.8' },
    seconds: { type: 'string', default: '8' },
    'stress-seconds': { type: 'string', default: '4' },
    'drop-seconds': { type: 'string', default: '5' },
    // The knee: offered load stepped up (messages/s per participant), in each target's first round…
    'knee-rates': { type: 'string', default: '0.5,1' },
    // …then, at the last rate, with more rooms (Haven allows a person 1 message/s), say 200,300.
    'knee-rooms': { type: 'string', default: '200,300' },
    'knee-seconds': { type: 'string', default: '2' },
    rounds: { type: 'string', default: '2' },
    generators: { type: 'string', default: '2' },
    'mute-every': { type: 'string', default: '4000' },
    // Measure what is built now (say, while the web app's sources are being edited).
    'reuse-build': { type: 'boolean', default: false },
    // Write a V8 CPU profile of each Haven round to tests/bench/results/profiles (see profile.mjs).
    profile: { type: 'boolean', default: false },
    // Exit with failure when Haven lost, duplicated, reordered or leaked anything, or did not
    // deliver all it owed (npm test runs a tiny run with this, so the harness keeps working).
    check: { type: 'boolean', default: false },
  },
});
const ROOMS = Number(values.rooms);
const SIZE = Number(values.size);
const PHASES = [
  {
    name: 'base',
    rate: Number(values.rate),
    durationMs: Number(values.seconds) * 1000,
    // 2% of people drop and come back a second later, per 10 s.
    churn: { fractionPer10s: 0.02, forMs: 1000 },
  },
  {
    name: 'stress',
    rate: Number(values['stress-rate']),
    durationMs: Number(values['stress-seconds']) * 1000,
  },
  {
    name: 'drop',
    rate: Number(values.rate),
    durationMs: Number(values['drop-seconds']) * 1000,
    // 10% of everyone loses the connection for 2 s while messages flow.
    drop: { fraction: 0.1, atMs: 1500, forMs: 2000 },
  },
];
const list = (option) => values[option].split(',').filter(Boolean).map(Number);
const KNEE_RATES = list('knee-rates');
const KNEE = [
  ...KNEE_RATES.map((rate) => ({ rate, rooms: ROOMS })),
  ...list('knee-rooms')
    .filter((rooms) => rooms > ROOMS && KNEE_RATES.length > 0)
    .map((rooms) => ({ rate: KNEE_RATES.at(-1), rooms })),
].map(({ rate, rooms }) => ({
  name: `knee@${rate}×${rooms}`,
  rate,
  rooms,
  durationMs: Number(values['knee-seconds']) * 1000,
}));
/** Every room the run may use: the knee's extra rooms are joined only when its steps need them. */
const ALL_ROOMS = Math.max(ROOMS, ...KNEE.map((k) => k.rooms));
/** The knee is where p99 passes this, or where anything is lost. */
const KNEE_P99_MS = 100;
const GENERATORS = Number(values.generators);
const MUTE_EVERY_MS = Number(values['mute-every']);
const DRAIN_MS = 1000;
/** Above this, the load generator itself was late: its figures are not the server's. */
const GENERATOR_LOOP_DELAY_LIMIT_MS = 5;
const here = new URL('.', import.meta.url).pathname;

const protocolVersion = Number(
  /PROTOCOL_VERSION = (\d+)/.exec(
    readFileSync(join(root, 'packages/protocol/src/version.ts'), 'utf8'),
  )[1],
);

/** CPU seconds and resident memory (bytes) of a process, from /proc. */
function usage(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  const ticks = Number(stat[11]) + Number(stat[12]); // utime + stime, in clock ticks
  const rssPages = Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]);
  return { cpuSeconds: ticks / 100, rss: rssPages * 4096 };
}

function waitForLine(child, pattern, stream = child.stderr) {
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no start:\n${output}`)), 60_000);
    stream.on('data', (chunk) => {
      output += chunk;
      const m = pattern.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(m);
      }
    });
    child.once('exit', (code) => reject(new Error(`exited with ${code}:\n${output}`)));
  });
}

const profiles = join(here, '..', 'results', 'profiles');
/** Node's options for a server: with --profile, V8 CPU profiles (main thread and workers). */
const profiling = () => (values.profile ? ['--cpu-prof', `--cpu-prof-dir=${profiles}`] : []);

/** The rooms, written once per run into a data directory that each Haven round starts from a copy of. */
let template = null;
async function havenTemplate() {
  if (template) return template;
  const dataDir = mkdtempSync(join(tmpdir(), 'haven-bench-template-'));
  const { stdout } = await promisify(execFile)(
    join(root, 'node_modules/.bin/tsx'),
    [join(here, 'fixture.ts'), dataDir, String(ALL_ROOMS), String(SIZE)],
    { cwd: root, maxBuffer: 64 * 1024 * 1024 },
  );
  template = { dataDir, fixture: JSON.parse(stdout) };
  return template;
}

async function startHaven() {
  const { dataDir: templateDir, fixture } = await havenTemplate();
  const dataDir = mkdtempSync(join(tmpdir(), 'haven-bench-chat-'));
  cpSync(templateDir, dataDir, { recursive: true });
  const child = spawn(process.execPath, [...profiling(), 'apps/server/dist/main.js'], {
    cwd: root,
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      PORT: '0',
      LOG_LEVEL: 'warn',
      DEMO_ON_FIRST_START: 'false',
      MEDIA_WORKERS: '1',
      MEDIA_PORT: '0',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const [, url] = await waitForLine(child, /Haven is running at (http:\/\/\S+)/);
  return {
    child,
    url,
    rooms: fixture.rooms,
    staffCookie: fixture.staffCookie,
    cleanup: () => rmSync(dataDir, { recursive: true, force: true }),
  };
}

async function startBaseline() {
  const child = spawn(process.execPath, [...profiling(), join(here, 'baseline-server.mjs')], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const [, port] = await waitForLine(child, /listening (\d+)/, child.stdout);
  const rooms = Array.from({ length: ALL_ROOMS }, (_, r) => ({
    sessionId: `room-${r}`,
    deviceTokens: Array.from({ length: SIZE - 1 }, () => null),
  }));
  return { child, url: `http://127.0.0.1:${port}`, rooms, staffCookie: null, cleanup: () => {} };
}

function ask(generator, message, answer) {
  return new Promise((resolve, reject) => {
    const on = (reply) => {
      if (reply.type === 'error') reject(new Error(reply.message));
      else if (reply.type === answer) resolve(reply);
      else return;
      generator.off('message', on);
    };
    generator.on('message', on);
    generator.send(message);
  });
}

/** One round: a fresh server, everyone connected and joined, then each phase in turn. */
async function round(targetName, { knee }) {
  const server = targetName === 'haven' ? await startHaven() : await startBaseline();
  const generators = Array.from({ length: GENERATORS }, () =>
    fork(join(here, 'load-generator.mjs'), { stdio: 'inherit' }),
  );
  // Where each phase lies on the monotonic clock the profile's timestamps share (profile.mjs --phase).
  const profiledPhases = {};
  try {
    const idle = usage(server.child.pid);
    // Each generator owns whole rooms; the first ROOMS are joined now, the knee's extra later.
    let joinedRooms = ROOMS;
    const share = (i, from, to) =>
      server.rooms.slice(from, to).filter((_, r) => (from + r) % GENERATORS === i);
    await Promise.all(
      generators.map((g, i) =>
        ask(
          g,
          {
            type: 'setup',
            target: targetName,
            url: server.url,
            protocolVersion,
            staffCookie: server.staffCookie,
            rooms: share(i, 0, ROOMS),
          },
          'ready',
        ),
      ),
    );
    const connected = usage(server.child.pid);
    const connections = ROOMS * SIZE;
    const phases = {};
    for (const phase of knee ? [...PHASES, ...KNEE] : PHASES) {
      if (phase.rooms > joinedRooms) {
        await Promise.all(
          generators.map((g, i) =>
            ask(g, { type: 'grow', rooms: share(i, joinedRooms, phase.rooms) }, 'grown'),
          ),
        );
        joinedRooms = phase.rooms;
      }
      const before = usage(server.child.pid);
      const startNs = process.hrtime.bigint() + 500_000_000n;
      const results = await Promise.all(
        generators.map((g) =>
          ask(
            g,
            {
              type: 'run',
              startNs: String(startNs),
              phases: [{ rate: phase.rate, durationMs: phase.durationMs }],
              muteEveryMs: phase.name === 'base' || phase.name === 'stress' ? MUTE_EVERY_MS : 0,
              drop: phase.drop,
              churn: phase.churn,
              drainMs: DRAIN_MS,
            },
            'result',
          ),
        ),
      );
      const after = usage(server.child.pid);
      if (values.profile)
        profiledPhases[phase.name] = [String(startNs), String(process.hrtime.bigint())];
      phases[phase.name] = {
        results,
        cpuSeconds: after.cpuSeconds - before.cpuSeconds,
        seconds: phase.durationMs / 1000,
      };
    }
    return { memoryPerConnection: (connected.rss - idle.rss) / connections, phases };
  } finally {
    await Promise.all(
      generators.map(
        (g) =>
          new Promise((resolve) => {
            g.once('exit', resolve);
            g.send({ type: 'close' });
          }),
      ),
    );
    const exited = new Promise((resolve) => server.child.once('exit', resolve));
    server.child.kill('SIGTERM');
    await exited;
    if (values.profile) {
      // Named by target, so that profile.mjs reads each beside its phases.
      const pid = server.child.pid;
      for (const file of readdirSync(profiles))
        if (file.startsWith('CPU.') && file.includes(`.${pid}.`))
          renameSync(join(profiles, file), join(profiles, `${targetName}-${file}`));
      writeFileSync(join(profiles, `${pid}.phases.json`), JSON.stringify(profiledPhases));
    }
    server.cleanup();
  }
}

const merge = (encoded) => {
  const sum = hdr.build({ lowestDiscernibleValue: 1, highestTrackableValue: 60_000_000 });
  for (const e of encoded) if (e) sum.add(hdr.decodeFromCompressedBase64(e));
  return sum;
};

/** Everything one target did in one phase, over all its rounds. */
function summarise(allRounds, phaseName) {
  const rounds = allRounds.filter((r) => r.phases[phaseName]);
  const all = rounds.flatMap((r) => r.phases[phaseName].results);
  const add = (key) => all.reduce((n, r) => n + r[key], 0);
  const refused = {};
  for (const r of all)
    for (const [code, n] of Object.entries(r.refused)) refused[code] = (refused[code] ?? 0) + n;
  const seconds = rounds.reduce((n, r) => n + r.phases[phaseName].seconds, 0);
  const cpu = rounds.reduce((n, r) => n + r.phases[phaseName].cpuSeconds, 0);
  const received = add('received');
  return {
    latency: merge(all.map((r) => r.latency)),
    muteAck: merge(all.map((r) => r.muteAck)),
    muteNotify: merge(all.map((r) => r.muteNotify)),
    replay: merge(all.map((r) => r.replay)),
    replayed: add('replayed'),
    skippedAway: add('skippedAway'),
    expected: add('expected'),
    received,
    lost: Math.max(0, add('expected') - received + add('duplicates')),
    duplicates: add('duplicates'),
    reordered: add('reordered'),
    leaked: add('leaked'),
    refused,
    deliveriesPerSecond: received / seconds,
    cpuMicrosPerDelivery: received > 0 ? (cpu * 1e6) / received : NaN,
    generatorLoopP99Ms: Math.max(...all.map((r) => r.loopDelayP99Ms)),
    memoryPerConnection: rounds.reduce((n, r) => n + r.memoryPerConnection, 0) / rounds.length,
  };
}

checkNode();
await install();
if (!values['reuse-build']) await buildIfStale();

const order = Array.from({ length: Number(values.rounds) }, () => [
  'baseline',
  'haven',
  'haven',
  'baseline',
])
  .flat()
  .slice(0, Number(values.rounds) * 2);
const rounds = { haven: [], baseline: [] };
const started = Date.now();
for (const [i, target] of order.entries()) {
  process.stderr.write(`round ${i + 1}/${order.length}: ${target}\n`);
  rounds[target].push(await round(target, { knee: rounds[target].length === 0 }));
}

const ms = (micros) => (Number.isFinite(micros) ? `${(micros / 1000).toFixed(1)} ms` : '–');
/** Two percentiles of a histogram, or a dash when nothing was measured. */
const pair = (h, a, b) =>
  h.totalCount === 0 ? '–' : `${ms(h.getValueAtPercentile(a))} / ${ms(h.getValueAtPercentile(b))}`;
const ratio = (h, b) => (b > 0 && Number.isFinite(h) ? `${(h / b).toFixed(2)}×` : '–');
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const lines = [
  '# Chat load: Haven against a raw Socket.IO relay',
  '',
  `${new Date().toISOString()} · ${availableParallelism()} cores · Node ${process.version} · socket.io 4.8.4 · ` +
    `${ROOMS} rooms × ${SIZE} people (1 moderator each) · ${GENERATORS} load generators · ` +
    `rounds ${order.map((t) => (t === 'haven' ? 'H' : 'B')).join(' ')} · ${Math.round((Date.now() - started) / 1000)} s`,
  '',
];
const rejected = [];
/** What Haven must never do, whatever the load: each entry fails a --check run. */
const broken = [];
for (const phase of PHASES) {
  const h = summarise(rounds.haven, phase.name);
  const b = summarise(rounds.baseline, phase.name);
  for (const [what, n] of [
    ['lost', h.lost],
    ['duplicated', h.duplicates],
    ['reordered', h.reordered],
    ['leaked after a mute ack', h.leaked],
    ['owed but not delivered', Math.max(0, h.expected - (h.received - h.duplicates))],
  ])
    if (n > 0) broken.push(`${phase.name}: ${n} ${what}`);
  if (h.received === 0) broken.push(`${phase.name}: nothing delivered`);
  for (const [name, s] of [
    ['Haven', h],
    ['baseline', b],
  ])
    if (s.generatorLoopP99Ms > GENERATOR_LOOP_DELAY_LIMIT_MS)
      rejected.push(
        `${phase.name}/${name}: load generator event-loop delay p99 ${s.generatorLoopP99Ms.toFixed(1)} ms`,
      );
  const q = (s, p) => s.latency.getValueAtPercentile(p);
  const rows = [
    ['delivery latency p50', ms(q(h, 50)), ms(q(b, 50)), ratio(q(h, 50), q(b, 50))],
    ['delivery latency p95', ms(q(h, 95)), ms(q(b, 95)), ratio(q(h, 95), q(b, 95))],
    ['delivery latency p99', ms(q(h, 99)), ms(q(b, 99)), ratio(q(h, 99), q(b, 99))],
    ['delivery latency p99.9', ms(q(h, 99.9)), ms(q(b, 99.9)), ratio(q(h, 99.9), q(b, 99.9))],
    [
      'deliveries per second',
      h.deliveriesPerSecond.toFixed(0),
      b.deliveriesPerSecond.toFixed(0),
      ratio(h.deliveriesPerSecond, b.deliveriesPerSecond),
    ],
    [
      'server CPU per delivery',
      `${h.cpuMicrosPerDelivery.toFixed(1)} µs`,
      `${b.cpuMicrosPerDelivery.toFixed(1)} µs`,
      ratio(h.cpuMicrosPerDelivery, b.cpuMicrosPerDelivery),
    ],
    [
      'lost / duplicated / reordered',
      `${h.lost} / ${h.duplicates} / ${h.reordered}`,
      `${b.lost} / ${b.duplicates} / ${b.reordered}`,
      '',
    ],
    ['mute ack p50 / p99', pair(h.muteAck, 50, 99), '–', ''],
    ['mute notify p50 / p99', pair(h.muteNotify, 50, 99), '–', ''],
    ['messages leaked after a mute ack', String(h.leaked), '–', ''],
    ['refused (expected: muted senders)', JSON.stringify(h.refused), JSON.stringify(b.refused), ''],
  ];
  const rate = (s) =>
    s.expected > 0 ? `${((100 * (s.received - s.duplicates)) / s.expected).toFixed(2)} %` : '–';
  if (phase.drop || phase.churn)
    rows.push(
      ['delivered of what was owed', rate(h), rate(b), ''],
      [
        'replayed on coming back: count, p50 / p99 from return',
        `${h.replayed}, ${pair(h.replay, 50, 99)}`,
        `${b.replayed}`,
        '',
      ],
      ['sends skipped while away', String(h.skippedAway), String(b.skippedAway), ''],
    );
  if (phase.name === 'base')
    rows.push([
      'server memory per connection',
      kb(h.memoryPerConnection),
      kb(b.memoryPerConnection),
      ratio(h.memoryPerConnection, b.memoryPerConnection),
    ]);
  lines.push(
    `## ${phase.name}: ${phase.rate} messages/s per participant, ${phase.durationMs / 1000} s per round` +
      (phase.churn ? `, ${phase.churn.fractionPer10s * 100}% churn per 10 s` : '') +
      (phase.drop
        ? `, ${phase.drop.fraction * 100}% of connections cut for ${phase.drop.forMs / 1000} s`
        : ''),
    '',
    '| measure | Haven | baseline | Haven / baseline |',
    '| --- | --- | --- | --- |',
    ...rows.map((r) => `| ${r.join(' | ')} |`),
    '',
  );
}
if (KNEE.length > 0) {
  const offered = (phase) => Math.round(phase.rooms * (SIZE - 1) * phase.rate * (SIZE - 1));
  const steps = KNEE.map((phase) => ({
    phase,
    h: summarise(rounds.haven, phase.name),
    b: summarise(rounds.baseline, phase.name),
  }));
  const bent = (s) =>
    s.latency.getValueAtPercentile(99) > KNEE_P99_MS * 1000 || s.lost > 0 || s.duplicates > 0;
  // A step where the load generator was late measures the generator, not the server.
  const generatorBound = (s) => s.generatorLoopP99Ms > GENERATOR_LOOP_DELAY_LIMIT_MS;
  const kneeOf = (key) => {
    const step = steps.find((st) => bent(st[key]) || generatorBound(st[key]));
    if (!step) return `beyond ${offered(steps.at(-1).phase)} deliveries/s offered`;
    if (!bent(step[key]) || generatorBound(step[key]))
      return `not reached before the load generator became the bottleneck at ${offered(step.phase)} deliveries/s offered`;
    return `${offered(step.phase)} deliveries/s offered`;
  };
  const cell = (s) =>
    `${ms(s.latency.getValueAtPercentile(99))} | ${s.lost} | ${s.deliveriesPerSecond.toFixed(0)}` +
    (generatorBound(s) ? ' (generator late)' : '');
  lines.push(
    `## the knee: offered load stepped up, ${values['knee-seconds']} s a step (p99 over ${KNEE_P99_MS} ms, or anything lost)`,
    '',
    '| rooms | messages/s per participant | deliveries/s offered | Haven p99 | Haven lost | Haven delivered/s | baseline p99 | baseline lost | baseline delivered/s |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...steps.map(
      ({ phase, h, b }) =>
        `| ${phase.rooms} | ${phase.rate} | ${offered(phase)} | ${cell(h)} | ${cell(b)} |`,
    ),
    '',
    `Knee: Haven ${kneeOf('h')}; baseline ${kneeOf('b')}.`,
    '',
  );
}
if (rejected.length > 0)
  lines.push(
    '**This run is rejected: the load generator was a bottleneck.**',
    '',
    ...rejected.map((r) => `- ${r}`),
    '',
  );
if (template) rmSync(template.dataDir, { recursive: true, force: true });
const table = lines.join('\n');
mkdirSync(join(here, '..', 'results'), { recursive: true });
writeFileSync(join(here, '..', 'results', 'chat-load.md'), `${table}\n`);
process.stdout.write(`${table}\n`);
if (values.check) {
  if (broken.length > 0) {
    process.stderr.write(`Check failed:\n${broken.map((b) => `- ${b}`).join('\n')}\n`);
    process.exit(1);
  }
  process.stderr.write('Check passed: nothing lost, duplicated, reordered or leaked.\n');
}
