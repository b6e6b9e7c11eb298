import { createSecretKey, type KeyObject } from 'node:crypto';

export const MASTER_KEY_BYTES = 32;
const KEY_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/**
 * The master keys that wrap per-record data keys. New data keys are wrapped with the active key;
 * every key in the ring can still unwrap, which is what lets a rotation run while the app serves.
 */
export interface Keyring {
  readonly activeKeyId: string;
  readonly keyIds: readonly string[];
  /** @throws UnknownMasterKeyError when `id` is not in the ring. */
  key(id: string): KeyObject;
}

export class UnknownMasterKeyError extends Error {
  constructor(
    readonly keyId: string,
    known: readonly string[],
  ) {
    super(`master key "${keyId}" is not in the keyring (known: ${known.join(', ')}); add it back to MASTER_KEYS`);
    this.name = 'UnknownMasterKeyError';
  }
}

export interface MasterKeySpec {
  id: string;
  key: Buffer;
}

/**
 * Parses MASTER_KEYS (`id:base64,id:base64`). Problems name the entry by position and id and never
 * echo the value: an entry without a colon may be a bare key pasted in the wrong place.
 */
export function parseMasterKeys(raw: string): { keys: MasterKeySpec[]; problems: string[] } {
  const keys: MasterKeySpec[] = [];
  const problems: string[] = [];
  for (const [index, entry] of raw.split(',').entries()) {
    const at = `entry ${index + 1}`;
    const colon = entry.indexOf(':');
    const id = entry.slice(0, colon).trim();
    const encoded = entry.slice(colon + 1).trim();
    const key = BASE64.test(encoded) ? Buffer.from(encoded, 'base64') : undefined;
    if (colon < 0) problems.push(`${at} must be keyid:base64-key`);
    else if (!KEY_ID.test(id)) problems.push(`${at}: key id must be 1-64 letters, digits, '_', '.' or '-'`);
    else if (key?.length !== MASTER_KEY_BYTES) problems.push(`${at} (${id}): key must be base64 of exactly ${MASTER_KEY_BYTES} bytes`);
    else if (keys.some((k) => k.id === id)) problems.push(`${at} (${id}): duplicate key id`);
    else keys.push({ id, key });
  }
  return { keys, problems };
}

/** Key bytes live only inside KeyObjects, which print as `SecretKeyObject {}` if ever logged. */
export function createKeyring(specs: readonly MasterKeySpec[], activeKeyId: string): Keyring {
  const keys = new Map(specs.map((s) => [s.id, createSecretKey(s.key)]));
  if (!keys.has(activeKeyId)) throw new UnknownMasterKeyError(activeKeyId, [...keys.keys()]);
  const keyIds = Object.freeze([...keys.keys()]);
  return Object.freeze({
    activeKeyId,
    keyIds,
    key(id: string): KeyObject {
      const key = keys.get(id);
      if (!key) throw new UnknownMasterKeyError(id, keyIds);
      return key;
    },
  });
}
