import { randomBytes } from 'node:crypto';

// The hasher only verifies its own `scrypt$…` scheme, so no password ever matches these. Random, so no
// two accounts share a value.
const PREFIX = 'none$';

/** For an account that has no password: opened through a provider, or deleted. */
export function unusablePasswordHash(): string {
  return `${PREFIX}${randomBytes(16).toString('base64url')}`;
}

export function isUsablePasswordHash(hash: string): boolean {
  return !hash.startsWith(PREFIX);
}
