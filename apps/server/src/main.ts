import { ConfigError, loadConfig } from './config';
import { createDemoSession, joinLink } from './demo/demo-session';
import { startHaven } from './server';
import { randomIds, systemClock } from './system';

async function main(): Promise<void> {
  const config = loadConfig();
  const haven = await startHaven(config);
  // Chat works without media; a media failure is logged and only audio and video are off.
  const mediaReady = await haven.media.warmUp();
  const base = config.publicUrl ?? haven.url;

  if (config.demoOnFirstStart && (await haven.store.sessions.first()) === null) {
    const sessionId = await createDemoSession(haven.store, systemClock, randomIds);
    haven.log.info({ sessionId }, 'created a demo session on first start');
  }
  const sessionId = await haven.store.sessions.first();
  // The human-facing banner goes to stderr so stdout stays pure JSON logs.
  process.stderr.write(
    `\nHaven is running at ${base}\n` +
      (sessionId
        ? `Open this link in two browser tabs to try a session:\n  ${joinLink(base, sessionId)}\n`
        : '') +
      (mediaReady
        ? ''
        : `Audio and video are OFF: the media worker did not start (see the log).\n`) +
      `Create another demo session with: npm run demo\n` +
      ((await haven.store.staff.count()) === 0
        ? `No staff account yet. Create the first facilitator with:\n` +
          `  npm run haven -- create-facilitator --email you@example.org --name "Your name"\n`
        : '') +
      `\n`,
  );

  const stop = (signal: string) => {
    haven.log.info({ signal }, 'shutting down');
    haven.close().then(
      () => process.exit(0),
      (err: unknown) => {
        haven.log.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError) process.stderr.write(`${err.message}\n`);
  else
    process.stderr.write(
      `Haven failed to start: ${err instanceof Error ? err.stack : String(err)}\n`,
    );
  process.exit(1);
});
