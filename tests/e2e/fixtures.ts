import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { test as base, expect, type Browser, type Locator, type Page } from '@playwright/test';

const root = fileURLToPath(new URL('../..', import.meta.url));

export interface HavenServer {
  readonly url: string;
  /** Runs the server's command-line tool against this server's data; returns its JSON output. */
  cli(...args: string[]): Promise<unknown>;
  /** Creates a fresh demo session (its own room) and returns its join link. */
  newSessionLink(): Promise<string>;
  /** Stops the server process (gracefully), keeping its data. */
  stop(): Promise<void>;
  /** Starts it again on the same address with the same data. */
  start(): Promise<void>;
}

/** The built server, as `npm start` runs it, with its own empty data directory. */
async function startServer(): Promise<{ server: HavenServer; stop: () => Promise<void> }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'haven-e2e-'));
  let env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: dataDir,
    PORT: '0',
    LOG_LEVEL: 'warn',
    MEDIA_PORT: '0',
    MEDIA_WORKERS: '1',
  };
  let running = await spawnServer(env);
  // Later starts keep the address, so open pages can reconnect to it.
  env = { ...env, PORT: new URL(running.url).port };

  const stopChild = async () => {
    const exited = new Promise((r) => running.child.once('exit', r));
    running.child.kill('SIGTERM');
    await exited;
  };
  const server: HavenServer = {
    get url() {
      return running.url;
    },
    async cli(...args: string[]) {
      const { stdout } = await promisify(execFile)(
        process.execPath,
        ['apps/server/dist/cli.js', ...args, '--json'],
        { cwd: root, env: { ...env, PUBLIC_URL: running.url } },
      );
      return JSON.parse(stdout) as unknown;
    },
    async newSessionLink() {
      return ((await server.cli('demo')) as { link: string }).link;
    },
    async stop() {
      await stopChild();
    },
    async start() {
      running = await spawnServer(env);
    },
  };
  return {
    server,
    stop: async () => {
      if (running.child.exitCode === null) await stopChild();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function spawnServer(env: NodeJS.ProcessEnv): Promise<{ url: string; child: ChildProcess }> {
  const child: ChildProcess = spawn(process.execPath, ['apps/server/dist/main.js'], {
    cwd: root,
    env,
    stdio: ['ignore', 'inherit', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 30_000);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const m = /Haven is running at (http:\/\/\S+)/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
  return { url, child };
}

export const test = base.extend<object, { haven: HavenServer }>({
  haven: [
    // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form
    async ({}, use) => {
      const { server, stop } = await startServer();
      await use(server);
      await stop();
    },
    { scope: 'worker' },
  ],
});

export { expect };

/** What a person does on the join page, by the controls' accessible names (English). */
/** A button by its exact accessible name: what a person looking for it would read. */
export const button = (page: Page, name: string): Locator =>
  page.getByRole('button', { name, exact: true });

export async function joinAs(page: Page, link: string, name: string): Promise<void> {
  await page.goto(link);
  await page.getByRole('textbox', { name: 'Display name' }).fill(name);
  await page.getByRole('checkbox', { name: 'I agree to the group agreement' }).check();
  await page.getByRole('button', { name: 'Join session' }).click();
  await expect(page.getByRole('textbox', { name: 'Message' })).toBeVisible();
}

export async function say(page: Page, text: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Message', exact: true }).fill(text);
  await page.getByRole('button', { name: 'Send', exact: true }).click();
}

/** Amal and Bohdan, each in a browser of their own, joined to a fresh demo session. */
export async function twoPeopleInSession(
  browser: Browser,
  haven: HavenServer,
): Promise<{ link: string; amal: Page; bohdan: Page; close: () => Promise<void> }> {
  const link = await haven.newSessionLink();
  const contexts = [await browser.newContext(), await browser.newContext()] as const;
  const amal = await contexts[0].newPage();
  const bohdan = await contexts[1].newPage();
  await joinAs(amal, link, 'Amal');
  await joinAs(bohdan, link, 'Bohdan');
  return {
    link,
    amal,
    bohdan,
    close: async () => {
      for (const c of contexts) await c.close();
    },
  };
}
