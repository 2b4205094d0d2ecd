import type { Clock, IdGenerator } from '@haven/core';
import { hashPassword } from '../auth/passwords';
import { newSecret } from '../auth/tokens';
import { createResetLink } from '../http/staff/routes';
import type { Store } from '../store/store';

/**
 * Creates a facilitator account (an administrator if it is the first account) and returns a
 * one-time link to choose its password. The password never passes through a shell or a log.
 */
export async function createFacilitator(
  input: { email: string; name: string },
  base: string,
  deps: { store: Store; clock: Clock; ids: IdGenerator },
): Promise<{ link: string; expiresAt: string; isAdmin: boolean }> {
  const isAdmin = (await deps.store.staff.count()) === 0;
  const id = deps.ids.next();
  await deps.store.staff.create({
    id,
    email: input.email,
    name: input.name,
    // Unusable until the person sets one through the link.
    passwordHash: await hashPassword(newSecret()),
    role: 'facilitator',
    isAdmin,
    createdAt: new Date(deps.clock.now()).toISOString(),
  });
  return { ...(await createResetLink(id, base, deps)), isAdmin };
}
