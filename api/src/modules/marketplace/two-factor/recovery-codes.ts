import { randomBytes } from 'node:crypto';
import { hashToken } from '../users';

export const RECOVERY_CODE_COUNT = 10;
// Base32's letters and digits (32 symbols, so each random byte maps without bias).
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz234567';

/** A code to write down: 16 characters (80 bits) in groups of four. */
export function newRecoveryCode(): string {
  const bytes = randomBytes(16);
  const chars = [...bytes].map((b) => ALPHABET[b & 31]).join('');
  return chars.match(/.{4}/g)!.join('-');
}

/** Stored form: SHA-256 of the code as typed without case, spaces or dashes (the code is random enough not to need a slow hash). */
export function hashRecoveryCode(code: string): Buffer {
  return hashToken(code.toLowerCase().replace(/[\s-]/g, ''));
}
