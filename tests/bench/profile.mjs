// Where a server's CPU went: reads a V8 .cpuprofile (say, from `npm run bench:chat -- --profile`)
// and prints self time by function and by package, largest first.
// Run: node tests/bench/profile.mjs tests/bench/results/profiles/haven-CPU…cpuprofile
//        [--top 40] [--phase base] [--inclusive] [--callers executeQuery]
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    top: { type: 'string', default: '40' },
    // Whose code asked for a function's time: its nearest callers in the Haven server.
    callers: { type: 'string' },
    // Only the samples taken during one phase of the chat bench (it writes <pid>.phases.json).
    phase: { type: 'string' },
    // Time including callees, for the Haven server's own functions: which of its paths cost most.
    inclusive: { type: 'boolean', default: false },
  },
});
if (positionals.length !== 1) {
  process.stderr.write('usage: node tests/bench/profile.mjs <file.cpuprofile> [--top N]\n');
  process.exit(2);
}
const profile = JSON.parse(readFileSync(positionals[0], 'utf8'));
const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const parentOf = new Map();
for (const n of profile.nodes) for (const child of n.children ?? []) parentOf.set(child, n.id);

/** The window to count, in µs on the monotonic clock (V8's timestamps use the same clock). */
function window() {
  if (!values.phase) return [-Infinity, Infinity];
  const pid = /\.(\d+)\.\d+\.\d+\.cpuprofile$/.exec(positionals[0])?.[1];
  const phases = JSON.parse(
    readFileSync(join(dirname(positionals[0]), `${pid}.phases.json`), 'utf8'),
  );
  const span = phases[values.phase];
  if (!span)
    throw new Error(`no phase ${values.phase}; there are ${Object.keys(phases).join(', ')}`);
  return span.map((ns) => Number(BigInt(ns) / 1000n));
}
const [from, to] = window();

// Each sample lands on one node; the time until the next sample is that node's self time.
const selfMicros = new Map();
let at = profile.startTime;
for (let i = 0; i < profile.samples.length; i++) {
  at += profile.timeDeltas[i] ?? 0;
  if (at < from || at > to) continue;
  const id = profile.samples[i];
  selfMicros.set(id, (selfMicros.get(id) ?? 0) + (profile.timeDeltas[i + 1] ?? 0));
}

/** Which package (or part of Node) a frame's code lives in. */
function packageOf(url) {
  if (!url) return '(native / V8)';
  if (url.startsWith('node:')) return 'node';
  const pnpm = /node_modules\/\.pnpm\/([^/]+)\/node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pnpm) return pnpm[2];
  const plain = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (plain) return plain[1];
  if (url.includes('/apps/server/')) return 'haven server';
  return url.replace(/^file:\/\//, '');
}

const byFunction = new Map();
const byPackage = new Map();
let total = 0;
for (const [id, micros] of selfMicros) {
  const { callFrame } = nodes.get(id);
  total += micros;
  const where = callFrame.url
    ? `${callFrame.url.split('/').slice(-2).join('/')}:${callFrame.lineNumber + 1}`
    : '';
  const key = `${callFrame.functionName || '(anonymous)'} ${where}`.trim();
  byFunction.set(key, (byFunction.get(key) ?? 0) + micros);
  const pkg = packageOf(callFrame.url);
  byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + micros);
}

const percent = (micros) => `${((100 * micros) / total).toFixed(1).padStart(5)} %`;
const top = (map, n) => [...map].sort((a, b) => b[1] - a[1]).slice(0, n);
process.stdout.write(`${(total / 1e6).toFixed(1)} s sampled\n\nby package\n`);
for (const [name, micros] of top(byPackage, 20))
  process.stdout.write(`${percent(micros)}  ${name}\n`);
process.stdout.write('\nby function (self time)\n');
for (const [name, micros] of top(byFunction, Number(values.top)))
  process.stdout.write(`${percent(micros)}  ${name}\n`);

if (values.callers) {
  // Async work loses its stack at each await; what remains is the synchronous path back.
  const byCaller = new Map();
  let matched = 0;
  for (const [id, micros] of selfMicros) {
    if (nodes.get(id).callFrame.functionName !== values.callers) continue;
    matched += micros;
    const chain = [];
    for (let p = parentOf.get(id); p !== undefined && chain.length < 3; p = parentOf.get(p)) {
      const { callFrame } = nodes.get(p);
      if (packageOf(callFrame.url) === 'haven server')
        chain.push(`${callFrame.functionName || '(anonymous)'}:${callFrame.lineNumber + 1}`);
    }
    const key = chain.join(' ← ') || '(no Haven frame)';
    byCaller.set(key, (byCaller.get(key) ?? 0) + micros);
  }
  process.stdout.write(`\ncallers of ${values.callers} (${percent(matched)} in all)\n`);
  for (const [name, micros] of top(byCaller, 20))
    process.stdout.write(`${percent(micros)}  ${name}\n`);
}

if (values.inclusive) {
  const inclusive = new Map();
  for (const [id, micros] of selfMicros) {
    const counted = new Set();
    for (let n = id; n !== undefined; n = parentOf.get(n)) {
      const { callFrame } = nodes.get(n);
      if (packageOf(callFrame.url) !== 'haven server') continue;
      const key = `${callFrame.functionName || '(anonymous)'}:${callFrame.lineNumber + 1}`;
      if (counted.has(key)) continue;
      counted.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + micros);
    }
  }
  process.stdout.write('\nHaven functions, time including what they call\n');
  for (const [name, micros] of top(inclusive, Number(values.top)))
    process.stdout.write(`${percent(micros)}  ${name}\n`);
}
