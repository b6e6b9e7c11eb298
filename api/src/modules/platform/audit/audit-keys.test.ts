import { createHash, createPublicKey, generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { auditKeyId, loadSigningKey, publicKeyEntry, signingKeyFile, trustedAuditKeys } from './audit-keys';

const dataDir = () => mkdtempSync(path.join(tmpdir(), 'agora-keys-'));
const config = (over: { DATA_DIR?: string; AUDIT_SIGNING_KEY?: string; AUDIT_PUBLIC_KEYS?: string } = {}) => ({
  DATA_DIR: over.DATA_DIR ?? dataDir(),
  AUDIT_SIGNING_KEY: over.AUDIT_SIGNING_KEY,
  AUDIT_PUBLIC_KEYS: over.AUDIT_PUBLIC_KEYS,
});
const pkcs8 = (key: ReturnType<typeof generateKeyPairSync>['privateKey']) => key.export({ format: 'der', type: 'pkcs8' }).toString('base64');

describe('audit signing keys', () => {
  test('the key id is the first 16 hex digits of SHA-256 over the raw public key', () => {
    const { publicKey } = generateKeyPairSync('ed25519');
    const raw = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32);
    expect(auditKeyId(publicKey)).toBe(createHash('sha256').update(raw).digest('hex').slice(0, 16));
  });

  test('without AUDIT_SIGNING_KEY a key is generated once, owner-only, and reused', () => {
    const dir = dataDir();
    expect(loadSigningKey(config({ DATA_DIR: dir }), { create: false })).toBeNull();
    const first = loadSigningKey(config({ DATA_DIR: dir }), { create: true });
    expect(statSync(signingKeyFile(dir)).mode & 0o777).toBe(0o600);
    expect(readFileSync(signingKeyFile(dir), 'utf8')).toMatch(/^-----BEGIN PRIVATE KEY-----/);
    expect(loadSigningKey(config({ DATA_DIR: dir }), { create: true }).keyId).toBe(first.keyId);
    expect(loadSigningKey(config({ DATA_DIR: dir }), { create: false })?.keyId).toBe(first.keyId);
  });

  test('AUDIT_SIGNING_KEY (base64 PKCS8 DER) wins over the file and writes nothing', () => {
    const dir = dataDir();
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    expect(loadSigningKey(config({ DATA_DIR: dir, AUDIT_SIGNING_KEY: pkcs8(privateKey) }), { create: true }).keyId).toBe(auditKeyId(publicKey));
    expect(() => statSync(signingKeyFile(dir))).toThrow();
  });

  test('a key that is not Ed25519 or not a key is refused without echoing it', () => {
    const rsa = pkcs8(generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey);
    expect(() => loadSigningKey(config({ AUDIT_SIGNING_KEY: rsa }), { create: true })).toThrow(/^AUDIT_SIGNING_KEY: not an Ed25519 key$/);
    expect(() => loadSigningKey(config({ AUDIT_SIGNING_KEY: 'AAAA' }), { create: true })).toThrow(/^AUDIT_SIGNING_KEY: not a readable key$/);
  });

  test('trusted keys: AUDIT_PUBLIC_KEYS plus the own signing key, each under its id', () => {
    const dir = dataDir();
    const own = loadSigningKey(config({ DATA_DIR: dir }), { create: true });
    const other = generateKeyPairSync('ed25519');
    const keys = trustedAuditKeys(config({ DATA_DIR: dir, AUDIT_PUBLIC_KEYS: publicKeyEntry(other.publicKey) }));
    expect([...keys.keys()].sort()).toEqual([own.keyId, auditKeyId(other.publicKey)].sort());
    expect(keys.get(own.keyId)?.equals(createPublicKey(own.privateKey))).toBe(true);
    expect(publicKeyEntry(own.privateKey)).toBe(publicKeyEntry(createPublicKey(own.privateKey)));
  });

  test('an AUDIT_PUBLIC_KEYS item whose id does not match its key is refused', () => {
    const [a, b] = [generateKeyPairSync('ed25519').publicKey, generateKeyPairSync('ed25519').publicKey];
    const forged = `${auditKeyId(a)}:${publicKeyEntry(b).split(':')[1]}`;
    expect(() => trustedAuditKeys(config({ AUDIT_PUBLIC_KEYS: forged }))).toThrow(/does not match its key id/);
  });
});
