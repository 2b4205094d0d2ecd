import { parseArgs } from 'node:util';
import { Email, StaffName } from '@haven/protocol';
import { ConfigError, loadConfig } from './config';
import { createDemoSession, joinLink } from './demo/demo-session';
import { createResetLink } from './http/staff/routes';
import { createFacilitator } from './staff/first-facilitator';
import { openStore, type Store } from './store/store';
import { randomIds, systemClock } from './system';

const USAGE = `Usage: haven <command> [options]

Commands:
  demo [--json]                                  Create a demo group and session; print its join link.
  create-facilitator --email E --name N [--json] Create a facilitator account (the first one is an
                                                 administrator); print a one-time link to set its password.
  reset-password --email E [--json]              Print a one-time link to set a new password.
`;

class UsageError extends Error {}

async function withStore<T>(work: (store: Store, base: string) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const store = await openStore({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    return await work(store, config.publicUrl ?? `http://localhost:${config.port}`);
  } finally {
    await store.close();
  }
}

function print(json: boolean, value: Record<string, unknown>, human: string): void {
  process.stdout.write(json ? `${JSON.stringify(value)}\n` : `${human}\n`);
}

function required<T>(
  schema: { safeParse(v: unknown): { success: boolean; data?: T } },
  value: unknown,
  what: string,
): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success || parsed.data === undefined)
    throw new UsageError(`A valid --${what} is needed.`);
  return parsed.data;
}

async function main(argv: string[]): Promise<void> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { json: { type: 'boolean' }, email: { type: 'string' }, name: { type: 'string' } },
  });
  const json = values.json === true;
  const command = positionals[0] ?? '';
  switch (command) {
    case 'demo':
      return withStore(async (store, base) => {
        const sessionId = await createDemoSession(store, systemClock, randomIds);
        const link = joinLink(base, sessionId);
        print(json, { sessionId, link }, link);
      });
    case 'create-facilitator': {
      const email = required(Email, values.email, 'email');
      const name = required(StaffName, values.name, 'name');
      return withStore(async (store, base) => {
        if (await store.staff.findByEmail(email))
          throw new UsageError('An account with this email exists; use reset-password.');
        const made = await createFacilitator({ email, name }, base, {
          store,
          clock: systemClock,
          ids: randomIds,
        });
        print(
          json,
          made,
          `Facilitator ${email} created${made.isAdmin ? ' (administrator)' : ''}.\n` +
            `Open this link within 24 hours to choose a password:\n  ${made.link}`,
        );
      });
    }
    case 'reset-password': {
      const email = required(Email, values.email, 'email');
      return withStore(async (store, base) => {
        const staff = await store.staff.findByEmail(email);
        if (!staff) throw new UsageError('No staff account has this email.');
        const reset = await createResetLink(staff.id, base, { store, clock: systemClock });
        print(
          json,
          reset,
          `Open this link within 24 hours to set a new password:\n  ${reset.link}`,
        );
      });
    }
    default:
      throw new UsageError(command ? `Unknown command: ${command}` : '');
  }
}

main(process.argv.slice(2)).catch((err: unknown) => {
  if (err instanceof UsageError) {
    if (err.message) process.stderr.write(`${err.message}\n\n`);
    process.stderr.write(USAGE);
    process.exit(2);
  }
  process.stderr.write(err instanceof ConfigError ? `${err.message}\n` : `${String(err)}\n`);
  process.exit(1);
});
