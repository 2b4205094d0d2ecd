// `npm run demo`: create another demo group + session in the configured store and print its link.
import { buildIfStale, checkNode, install, run } from './lib.mjs';

checkNode();
await install();
await buildIfStale();
process.exit(
  await run(process.execPath, ['apps/server/dist/cli.js', 'demo', ...process.argv.slice(2)]),
);
