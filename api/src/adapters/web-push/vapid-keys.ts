import { existsSync, linkSync, mkdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import webpush from 'web-push';
import type { Config } from '../../config';

export const LOCAL_VAPID_FILE = 'vapid-keys.json';

export interface VapidKeys {
  publicKey: string;
  privateKey: string;
  subject: string;
}

const loaded = new WeakMap<object, VapidKeys>();

/**
 * The VAPID key pair from VAPID_PUBLIC_KEY / VAPID_PRIVATE_KEY, or, when unset (`npm start`), one
 * generated once and kept in DATA_DIR like the master keys: browsers' subscriptions are bound to the
 * public key, so it must survive restarts. Read once per config.
 */
export function vapidKeys(config: Pick<Config, 'VAPID_PUBLIC_KEY' | 'VAPID_PRIVATE_KEY' | 'VAPID_SUBJECT' | 'DATA_DIR'>): VapidKeys {
  const cached = loaded.get(config);
  if (cached) return cached;
  const keys =
    config.VAPID_PUBLIC_KEY && config.VAPID_PRIVATE_KEY
      ? { publicKey: config.VAPID_PUBLIC_KEY, privateKey: config.VAPID_PRIVATE_KEY }
      : localKeys(path.join(config.DATA_DIR, LOCAL_VAPID_FILE));
  const result = { ...keys, subject: config.VAPID_SUBJECT };
  loaded.set(config, result);
  return result;
}

function localKeys(file: string): { publicKey: string; privateKey: string } {
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    // Written privately, then hard-linked into place: processes starting together agree on one pair.
    const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    writeFileSync(temp, `${JSON.stringify(webpush.generateVAPIDKeys(), null, 2)}\n`, { mode: 0o600, flag: 'wx' });
    try {
      linkSync(temp, file);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    } finally {
      unlinkSync(temp);
    }
  }
  if ((statSync(file).mode & 0o077) !== 0) throw new Error(`${file} must be readable by its owner only (chmod 600)`);
  const stored = JSON.parse(readFileSync(file, 'utf8')) as { publicKey?: unknown; privateKey?: unknown };
  if (typeof stored.publicKey !== 'string' || typeof stored.privateKey !== 'string') throw new Error(`${file} must hold the strings publicKey and privateKey`);
  return { publicKey: stored.publicKey, privateKey: stored.privateKey };
}
