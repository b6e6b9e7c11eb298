import { type KeyObject, createHash, createPrivateKey, createPublicKey, generateKeyPairSync } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../../../config';

export interface AuditSigner {
  keyId: string;
  privateKey: KeyObject;
}

/** Public keys by key id. Only these are trusted: keys stored next to the data could be forged too. */
export type TrustedKeys = ReadonlyMap<string, KeyObject>;

type KeyConfig = Pick<Config, 'AUDIT_SIGNING_KEY' | 'AUDIT_PUBLIC_KEYS' | 'DATA_DIR'>;

export function signingKeyFile(dataDir: string): string {
  return path.join(dataDir, 'audit-signing-key.pem');
}

/** First 16 hex digits of SHA-256 over the raw 32-byte public key. */
export function auditKeyId(publicKey: KeyObject): string {
  const { x } = publicKey.export({ format: 'jwk' });
  if (!x) throw new TypeError('not an Ed25519 public key');
  return createHash('sha256').update(Buffer.from(x, 'base64url')).digest('hex').slice(0, 16);
}

/**
 * AUDIT_SIGNING_KEY (base64 PKCS8 DER) if set, else the key persisted in DATA_DIR. With `create`,
 * a missing key file is generated once (mode 0600); without, a missing one yields null.
 */
export function loadSigningKey(config: KeyConfig, opts: { create: true }): AuditSigner;
export function loadSigningKey(config: KeyConfig, opts: { create: boolean }): AuditSigner | null;
export function loadSigningKey(config: KeyConfig, opts: { create: boolean }): AuditSigner | null {
  if (config.AUDIT_SIGNING_KEY) {
    const der = Buffer.from(config.AUDIT_SIGNING_KEY, 'base64');
    return signer(parseKey(() => createPrivateKey({ key: der, format: 'der', type: 'pkcs8' }), 'AUDIT_SIGNING_KEY'));
  }
  const file = signingKeyFile(config.DATA_DIR);
  let pem: string;
  try {
    pem = readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    if (!opts.create) return null;
    pem = createKeyFile(file);
  }
  return signer(parseKey(() => createPrivateKey(pem), file));
}

/** AUDIT_PUBLIC_KEYS (`keyid:base64-spki`, comma-separated) plus the signing key's own public key. */
export function trustedAuditKeys(config: KeyConfig): TrustedKeys {
  const keys = new Map<string, KeyObject>();
  for (const item of (config.AUDIT_PUBLIC_KEYS ?? '').split(',').filter(Boolean)) {
    const [keyId = '', spki = ''] = item.split(':');
    const key = parseKey(() => createPublicKey({ key: Buffer.from(spki, 'base64'), format: 'der', type: 'spki' }), `AUDIT_PUBLIC_KEYS ${keyId}`);
    if (auditKeyId(key) !== keyId) throw new Error(`AUDIT_PUBLIC_KEYS: key ${keyId} does not match its key id (${auditKeyId(key)})`);
    keys.set(keyId, key);
  }
  const own = loadSigningKey(config, { create: false });
  if (own) keys.set(own.keyId, createPublicKey(own.privateKey));
  return keys;
}

/** The `keyid:base64-spki` item that lets a machine without the private key verify. */
export function publicKeyEntry(key: KeyObject): string {
  const publicKey = key.type === 'private' ? createPublicKey(key) : key;
  return `${auditKeyId(publicKey)}:${publicKey.export({ format: 'der', type: 'spki' }).toString('base64')}`;
}

function signer(privateKey: KeyObject): AuditSigner {
  return { keyId: auditKeyId(createPublicKey(privateKey)), privateKey };
}

// Parse errors name the source, never the key material.
function parseKey(parse: () => KeyObject, source: string): KeyObject {
  let key: KeyObject;
  try {
    key = parse();
  } catch {
    throw new Error(`${source}: not a readable key`);
  }
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(`${source}: not an Ed25519 key`);
  return key;
}

function createKeyFile(file: string): string {
  mkdirSync(path.dirname(file), { recursive: true });
  const pem = generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
  try {
    writeFileSync(file, pem, { mode: 0o600, flag: 'wx' });
    return pem;
  } catch (err) {
    // Another process on the same DATA_DIR won the race: use its key.
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return readFileSync(file, 'utf8');
    throw err;
  }
}
