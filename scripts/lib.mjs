// Shared by the start, test and bench commands: run steps, find pnpm, install, build only what changed.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));
const PNPM_VERSION = '10.34.9';

export function checkNode() {
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major < 20 || (major === 20 && minor < 19)) {
    console.error(`Haven needs Node.js 20.19 or newer; this is ${process.version}.`);
    process.exit(1);
  }
}

/** Runs a command with inherited output; resolves to its exit code. */
export function run(command, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', ...options });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    child.on('error', (error) => {
      if (options.stdio !== 'ignore') console.error(`${command}: ${error.message}`);
      resolve(1);
    });
  });
}

/** pnpm 10, from the machine if it has it, otherwise through npx (npm is all a fresh machine has). */
let pnpmCommand;
export async function pnpm(args, options) {
  if (!pnpmCommand) {
    const local = await run('pnpm', ['--version'], { stdio: 'ignore' });
    pnpmCommand = local === 0 ? ['pnpm'] : ['npx', '--yes', `pnpm@${PNPM_VERSION}`];
  }
  const [command, ...prefix] = pnpmCommand;
  return run(command, [...prefix, ...args], options);
}

export async function install() {
  const code = await pnpm(['install', '--frozen-lockfile', '--reporter=append-only']);
  if (code !== 0) {
    console.error('Installing dependencies failed.');
    process.exit(code);
  }
}

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry === 'dist') continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

const BUILDS = [
  {
    name: 'web app',
    filter: '@haven/web',
    output: 'apps/web/dist/index.html',
    inputs: ['apps/web', 'packages/protocol/src', 'packages/core/src', 'pnpm-lock.yaml'],
  },
  {
    name: 'server',
    filter: '@haven/server',
    output: 'apps/server/dist/main.js',
    inputs: ['apps/server', 'packages/protocol/src', 'packages/core/src', 'pnpm-lock.yaml'],
  },
];

/** Builds the web app and the server unless their output is newer than every input. */
export async function buildIfStale() {
  for (const b of BUILDS) {
    const built = newestMtime(join(root, b.output));
    const changed = Math.max(...b.inputs.map((i) => newestMtime(join(root, i))));
    if (built > changed) continue;
    console.log(`Building the ${b.name}…`);
    const code = await pnpm(['--filter', b.filter, 'run', 'build']);
    if (code !== 0) {
      console.error(`Building the ${b.name} failed.`);
      process.exit(code);
    }
  }
}

export const CHROMIUM = process.env.HAVEN_CHROMIUM ?? '/usr/bin/chromium';

/** Debian's Chromium, for the browser tests and the media benchmark: installed when missing. */
export async function ensureChromium() {
  if (existsSync(CHROMIUM)) return;
  if (process.getuid?.() !== 0) {
    console.error(
      `Chromium is missing at ${CHROMIUM}. Install it: sudo apt-get install -y chromium`,
    );
    process.exit(1);
  }
  console.log('Installing Debian Chromium…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (
    (await run('apt-get', ['update', '-qq'], { env })) !== 0 ||
    (await run('apt-get', ['install', '-y', '-qq', 'chromium'], { env })) !== 0
  ) {
    console.error('Installing Chromium failed.');
    process.exit(1);
  }
}
