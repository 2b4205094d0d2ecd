import { hashPassword } from '../auth/passwords';
import { newSecret } from '../auth/tokens';
import type { Store } from '../store/store';
import { randomIds } from '../system';
import { HttpClient } from './http-client';

export interface StaffUnderTest {
  id: string;
  email: string;
  /** Signed in: it carries the session cookie and the CSRF token. */
  client: HttpClient;
}

/**
 * A staff account made in the store and signed in through the real sign-in route, optionally
 * assigned to a group with its account role.
 */
export async function signedInStaff(
  url: string,
  store: Store,
  options: {
    role: 'facilitator' | 'moderator';
    email?: string;
    name?: string;
    isAdmin?: boolean;
    assignTo?: string;
  },
): Promise<StaffUnderTest> {
  const id = randomIds.next();
  const email = options.email ?? `${id.toLowerCase()}@example.org`;
  const password = newSecret();
  await store.staff.create({
    id,
    email,
    name: options.name ?? email.split('@')[0] ?? email,
    passwordHash: await hashPassword(password),
    role: options.role,
    isAdmin: options.isAdmin ?? false,
    createdAt: new Date().toISOString(),
  });
  if (options.assignTo) await store.groups.assignStaff(options.assignTo, id, options.role);
  const client = new HttpClient(url);
  const res = await client.call('auth:sign-in', { body: { email, password } });
  if (res.status !== 200) throw new Error(`sign-in failed: ${JSON.stringify(res.body)}`);
  return { id, email, client };
}
