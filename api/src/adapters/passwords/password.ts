import { randomBytes, scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { DomainError } from '../../errors';
import { type Gate, createGate } from './hash-gate';

const scrypt = (password: string, salt: Buffer, keylen: number, options: ScryptOptions) =>
  new Promise<Buffer>((resolve, reject) => scryptCb(password, salt, keylen, options, (err, key) => (err ? reject(err) : resolve(key))));

// OWASP's scrypt floor (N=2^17, r=8, p=1) costs ~128 MiB per hash; 2^15 keeps logins fast on 2 cores
// while staying well above brute-force comfort. Parameters are stored with each hash so they can rise.
const PARAMS = { N: 2 ** 15, r: 8, p: 1 };
const KEYLEN = 32;

export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(password: string, stored: string): Promise<boolean>;
  /** The gate every hash passes through (its stats show how many ran at once). */
  gate: Gate;
}

/** scrypt behind a gate of `concurrency` at once and `queue` waiting; a full queue is a 503 with Retry-After. */
export function createPasswordHasher(concurrency: number, queue: number): PasswordHasher {
  const busy = () => new DomainError('unavailable', 'busy', 'Too many sign-ins are being processed; retry in a moment', undefined, 1);
  const gate = createGate(concurrency, queue, busy);
  return {
    gate,
    hash: (password) => gate.run(() => hashPassword(password)),
    verify: (password, stored) => gate.run(() => verifyPassword(password, stored)),
  };
}

async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password, salt, KEYLEN, { ...PARAMS, maxmem: 128 * PARAMS.N * PARAMS.r * 2 });
  return `scrypt$${PARAMS.N}$${PARAMS.r}$${PARAMS.p}$${salt.toString('base64')}$${key.toString('base64')}`;
}

async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !n || !r || !p || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64');
  const params = { N: Number(n), r: Number(r), p: Number(p) };
  const actual = await scrypt(password, Buffer.from(salt, 'base64'), expected.length, {
    ...params,
    maxmem: 128 * params.N * params.r * 2,
  });
  return timingSafeEqual(actual, expected);
}
