// `npm start`: install what is needed, build what changed, and run Haven in embedded mode
// (one process, web app + API on one port, SQLite under ./data).
import { spawn } from 'node:child_process';
import { buildIfStale, checkNode, install, root } from './lib.mjs';
import { ensureMediasoupWorker } from './mediasoup-worker.mjs';

checkNode();
await install();
await buildIfStale();
// Without the media worker Haven still serves text chat; the server says so when it starts.
await ensureMediasoupWorker().catch((error) => {
  console.error(`Audio and video will be off: ${error instanceof Error ? error.message : error}`);
});

const server = spawn(process.execPath, ['--enable-source-maps', 'apps/server/dist/main.js'], {
  cwd: root,
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
