// `npm run haven -- <command>` (and `npm run demo`): run a server command-line tool against the
// configured store after installing and building what is needed. `npm run haven` lists them.
import { buildIfStale, checkNode, install, run } from './lib.mjs';

checkNode();
await install();
await buildIfStale();
process.exit(await run(process.execPath, ['apps/server/dist/cli.js', ...process.argv.slice(2)]));
