import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inspect } from 'node:util';
import { loadConfig } from '../../config';
import { createKeyring, parseMasterKeys, UnknownMasterKeyError } from './keyring';
import { loadKeyring } from './keyring-source';

const b64 = (bytes: number) => randomBytes(bytes).toString('base64');

describe('MASTER_KEYS parsing', () => {
  test('accepts comma-separated id:base64 entries', () => {
    const { keys, problems } = parseMasterKeys(`k1:${b64(32)}, k2:${b64(32)}`);
    expect(problems).toEqual([]);
    expect(keys.map((k) => k.id)).toEqual(['k1', 'k2']);
  });

  test.each([
    ['no colon', () => b64(32), 'entry 1 must be keyid:base64-key'],
    ['bad id', () => `k 1:${b64(32)}`, "entry 1: key id must be 1-64 letters, digits, '_', '.' or '-'"],
    ['short key', () => `k1:${b64(16)}`, 'entry 1 (k1): key must be base64 of exactly 32 bytes'],
    ['not base64', () => `k1:${'!'.repeat(44)}`, 'entry 1 (k1): key must be base64 of exactly 32 bytes'],
  ])('%s', (_name, raw, problem) => {
    expect(parseMasterKeys(raw()).problems).toEqual([problem]);
  });

  test('duplicate ids are refused', () => {
    expect(parseMasterKeys(`k1:${b64(32)},k1:${b64(32)}`).problems).toEqual(['entry 2 (k1): duplicate key id']);
  });
});

describe('configuration', () => {
  const problemsOf = (env: Record<string, string>) => {
    try {
      loadConfig(env);
    } catch (err) {
      return (err as Error).message;
    }
    throw new Error('expected an invalid configuration');
  };

  test('every bad entry is listed under MASTER_KEYS, without the key material', () => {
    const bare = b64(32);
    const message = problemsOf({ MASTER_KEYS: `${bare},k2:${b64(8)}`, MASTER_KEY_ID: 'k2' });
    expect(message).toContain('MASTER_KEYS: entry 1 must be keyid:base64-key');
    expect(message).toContain('MASTER_KEYS: entry 2 (k2): key must be base64 of exactly 32 bytes');
    expect(message).not.toContain(bare);
  });

  test('MASTER_KEY_ID must be set with MASTER_KEYS and name one of its keys', () => {
    expect(problemsOf({ MASTER_KEYS: `k1:${b64(32)}` })).toContain('MASTER_KEYS, MASTER_KEY_ID: set both or neither');
    expect(problemsOf({ MASTER_KEY_ID: 'k1' })).toContain('MASTER_KEYS, MASTER_KEY_ID: set both or neither');
    expect(problemsOf({ MASTER_KEYS: `k1:${b64(32)}`, MASTER_KEY_ID: 'k9' })).toContain('MASTER_KEY_ID: must be one of the key ids in MASTER_KEYS');
  });
});

describe('keyring', () => {
  test('the active key must be in the ring', () => {
    expect(() => createKeyring([{ id: 'k1', key: randomBytes(32) }], 'k2')).toThrow(UnknownMasterKeyError);
  });

  test('printing a keyring shows no key bytes', () => {
    const key = randomBytes(32);
    const ring = createKeyring([{ id: 'k1', key }], 'k1');
    const printed = `${inspect(ring, { depth: 5 })} ${inspect(ring.key('k1'))} ${JSON.stringify(ring)}`;
    expect(printed).not.toContain(key.toString('base64'));
    expect(printed).not.toContain(key.toString('hex'));
  });
});

describe('local key file (MASTER_KEYS unset)', () => {
  const dataDir = () => mkdtempSync(path.join(tmpdir(), 'agora-keys-'));

  test('is generated once with mode 0600 and reused', () => {
    const DATA_DIR = path.join(dataDir(), 'nested');
    const first = loadKeyring({ DATA_DIR });
    const file = path.join(DATA_DIR, 'master-keys.json');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const second = loadKeyring({ DATA_DIR });
    expect(second.activeKeyId).toBe(first.activeKeyId);
    expect(second.key(second.activeKeyId).export().equals(first.key(first.activeKeyId).export())).toBe(true);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ MASTER_KEY_ID: first.activeKeyId, MASTER_KEYS: expect.stringMatching(/^local-[0-9a-f]{8}:/) });
  });

  test('a file others can read is refused', () => {
    const DATA_DIR = dataDir();
    loadKeyring({ DATA_DIR });
    chmodSync(path.join(DATA_DIR, 'master-keys.json'), 0o644);
    expect(() => loadKeyring({ DATA_DIR })).toThrow(/readable by its owner only/);
  });

  test('MASTER_KEYS, when set, wins over the file', () => {
    const DATA_DIR = dataDir();
    const ring = loadKeyring({ DATA_DIR, MASTER_KEYS: `prod-1:${b64(32)}`, MASTER_KEY_ID: 'prod-1' });
    expect(ring.keyIds).toEqual(['prod-1']);
  });
});
