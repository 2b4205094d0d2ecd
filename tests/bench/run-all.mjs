// The whole benchmark in one command: chat load against the raw Socket.IO relay, then media join
// against a direct peer connection; both tables printed and written together to
// tests/bench/results/latest.md. Run: npm run bench (options go to neither; run each alone for them).
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from '../../scripts/lib.mjs';

const results = join(root, 'tests/bench/results');

function run(script, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, script), ...args], { stdio: 'inherit' });
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${script}: ${code}`)),
    );
  });
}

await run('tests/bench/chat-load/run.mjs', []);
await run('tests/bench/media-join.mjs', ['--joins', '6']);
const report = ['chat-load.md', 'media-join.md']
  .map((f) => readFileSync(join(results, f), 'utf8').trim())
  .join('\n\n');
writeFileSync(join(results, 'latest.md'), `${report}\n`);
process.stdout.write(`\nWritten to tests/bench/results/latest.md\n`);
