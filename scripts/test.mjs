// `npm test`: install what is needed (dependencies, Debian's Chromium), then typecheck, lint,
// format check, unit + integration tests, build, end-to-end tests in real Chromium, and a tiny
// run of the chat benchmark that fails if Haven loses anything (its figures are not judged here).
// Every step runs even if an earlier one failed, so one run shows every problem.
import { checkNode, ensureChromium, install, pnpm, run } from './lib.mjs';
import { ensureMediasoupWorker } from './mediasoup-worker.mjs';

checkNode();
await install();
await ensureChromium();
await ensureMediasoupWorker().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

const steps = [
  [
    'typecheck',
    async () =>
      (await pnpm(['exec', 'tsc', '-p', 'tsconfig.json'])) || pnpm(['-r', 'run', 'typecheck']),
  ],
  ['lint', () => pnpm(['exec', 'eslint', '.', '--max-warnings', '0'])],
  ['format', () => pnpm(['exec', 'prettier', '--check', '.', '--log-level', 'warn'])],
  ['unit and integration tests', () => pnpm(['exec', 'vitest', 'run'])],
  ['build', () => pnpm(['-r', '--filter', './apps/*', 'run', 'build'])],
  [
    'end-to-end tests',
    () => pnpm(['exec', 'playwright', 'test', '-c', 'tests/e2e/playwright.config.ts']),
  ],
  [
    'benchmark harness (4 rooms, correctness only)',
    () =>
      run(process.execPath, [
        'tests/bench/chat-load/run.mjs',
        ...['--reuse-build', '--check', '--rooms', '4', '--rounds', '1', '--knee-rates', ''],
        ...[
          '--seconds',
          '3',
          '--stress-seconds',
          '1',
          '--drop-seconds',
          '4',
          '--mute-every',
          '1000',
        ],
      ]),
  ],
];

const failed = [];
for (const [name, step] of steps) {
  console.log(`\n=== ${name} ===`);
  const started = Date.now();
  const code = await step();
  console.log(
    `=== ${name}: ${code === 0 ? 'passed' : 'FAILED'} (${((Date.now() - started) / 1000).toFixed(0)} s)`,
  );
  if (code !== 0) failed.push(name);
}
console.log(failed.length ? `\nFailed: ${failed.join(', ')}` : '\nAll checks passed.');
process.exit(failed.length ? 1 : 0);
