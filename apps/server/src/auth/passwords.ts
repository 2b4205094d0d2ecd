import { hash, verify } from '@node-rs/argon2';

// @node-rs/argon2 declares its Algorithm as a const enum, which isolated modules cannot read.
const ARGON2ID = 2;

/**
 * argon2id with OWASP's baseline (19 MiB, 2 passes, 1 lane): about 60 ms here, slow enough to
 * make guessing expensive, fast enough for a 2-core server. The parameters travel inside each
 * hash, so raising them later still verifies old hashes.
 */
export const ARGON2_PARAMS = {
  algorithm: ARGON2ID,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

export const hashPassword = (password: string): Promise<string> => hash(password, ARGON2_PARAMS);

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let decoy: Promise<string> | undefined;

/** Made at start-up, so the first unknown email is not slower than the rest. */
export function prepareDecoy(): void {
  decoy ??= hashPassword('decoy password that matches nothing');
}
/**
 * Verifying against a decoy when no account matches makes a wrong email take as long as a wrong
 * password, so timing does not reveal which emails have accounts.
 */
export async function verifyDecoy(password: string): Promise<false> {
  decoy ??= hashPassword('decoy password that matches nothing');
  await verifyPassword(await decoy, password);
  return false;
}
