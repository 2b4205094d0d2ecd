import { ConfigError, loadConfig } from './config';
import { createDemoSession, joinLink } from './demo/demo-session';
import { openStore } from './store/store';
import { randomIds, systemClock } from './system';

const USAGE = `Usage: haven <command>

Commands:
  demo [--json]   Create a demo group and session in the configured store and print its join link.
`;

async function demo(json: boolean): Promise<void> {
  const config = loadConfig();
  const store = await openStore({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    const sessionId = await createDemoSession(store, systemClock, randomIds);
    const link = joinLink(config.publicUrl ?? `http://localhost:${config.port}`, sessionId);
    process.stdout.write(json ? `${JSON.stringify({ sessionId, link })}\n` : `${link}\n`);
  } finally {
    await store.close();
  }
}

const [command, ...args] = process.argv.slice(2);
const run = command === 'demo' ? demo(args.includes('--json')) : null;
if (!run) {
  process.stderr.write(USAGE);
  process.exit(command ? 2 : 0);
}
run?.catch((err: unknown) => {
  process.stderr.write(err instanceof ConfigError ? `${err.message}\n` : `${String(err)}\n`);
  process.exit(1);
});
