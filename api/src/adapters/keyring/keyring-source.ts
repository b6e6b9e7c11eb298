import { randomBytes } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../../config';
import { createKeyring, type Keyring, MASTER_KEY_BYTES, parseMasterKeys } from './keyring';

export const LOCAL_KEYS_FILE = 'master-keys.json';

/**
 * The keyring from MASTER_KEYS / MASTER_KEY_ID (validated by loadConfig), or, when they are unset
 * (`npm start`), from a key generated once and kept in DATA_DIR. The file holds the same two
 * settings, so it can be edited to rotate locally or copied into the environment.
 */
export function loadKeyring(config: Pick<Config, 'MASTER_KEYS' | 'MASTER_KEY_ID' | 'DATA_DIR'>): Keyring {
  if (config.MASTER_KEYS && config.MASTER_KEY_ID) return keyringFrom(config.MASTER_KEYS, config.MASTER_KEY_ID, 'MASTER_KEYS');
  const file = path.join(config.DATA_DIR, LOCAL_KEYS_FILE);
  createLocalKeysOnce(file);
  // Like ssh with its private keys: refuse a file others could have read.
  if ((statSync(file).mode & 0o077) !== 0) throw new Error(`${file} must be readable by its owner only (chmod 600)`);
  let stored: { MASTER_KEYS?: unknown; MASTER_KEY_ID?: unknown };
  try {
    stored = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    throw new Error(`${file} is not valid JSON`);
  }
  if (typeof stored.MASTER_KEYS !== 'string' || typeof stored.MASTER_KEY_ID !== 'string') {
    throw new Error(`${file} must hold the strings MASTER_KEYS and MASTER_KEY_ID`);
  }
  return keyringFrom(stored.MASTER_KEYS, stored.MASTER_KEY_ID, file);
}

function keyringFrom(raw: string, activeKeyId: string, source: string): Keyring {
  const { keys, problems } = parseMasterKeys(raw);
  if (problems.length > 0) throw new Error(`Invalid master keys in ${source}:\n  ${problems.join('\n  ')}`);
  return createKeyring(keys, activeKeyId);
}

/**
 * Written to a private temporary file, then hard-linked into place: the link fails if the file
 * exists, so processes starting together (api and worker) agree on one key, and a crash never
 * leaves a half-written file behind.
 */
function createLocalKeysOnce(file: string): void {
  if (existsSync(file)) return;
  mkdirSync(path.dirname(file), { recursive: true });
  const id = `local-${randomBytes(4).toString('hex')}`;
  const body = { MASTER_KEY_ID: id, MASTER_KEYS: `${id}:${randomBytes(MASTER_KEY_BYTES).toString('base64')}` };
  const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  writeFileSync(temp, `${JSON.stringify(body, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
  try {
    linkSync(temp, file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  } finally {
    unlinkSync(temp);
  }
}
