import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { createKeyring, keyCounts, type MasterKeySpec, openRecord, rewrapAll } from '../src/adapters/keyring';
import { ENCRYPTED_TABLES } from '../src/modules/marketplace/profiles';
import { type Request, type TestApp, type TestUser, client, registerUser, startTestApp } from '../../test/harness';

const key = (id: string): MasterKeySpec => ({ id, key: randomBytes(32) });
const [A, B, C, D] = [key('key-a'), key('key-b'), key('key-c'), key('key-d')] as const;
const envFor = (keys: MasterKeySpec[], active: string) => ({
  MASTER_KEYS: keys.map((k) => `${k.id}:${k.key.toString('base64')}`).join(','),
  MASTER_KEY_ID: active,
});

let app: TestApp;
let request: Request;
const users: TestUser[] = [];

const profileOf = (i: number) => ({
  legal_name: `Person Number ${i}`,
  address: { line1: `${i} Rotation Road`, city: 'Keyton', postal_code: `K${i}`, country: 'NL' },
  phone: `+3161234${String(i).padStart(4, '0')}`,
});
const payoutOf = (i: number) => ({ account_holder: `Holder ${i}`, iban: i % 2 === 0 ? 'NL91ABNA0417164300' : 'GB82WEST12345698765432' });
const pdfOf = (i: number) => Buffer.from(`%PDF-1.4\ndocument of user ${i}\n`);

async function writeAll(user: TestUser, i: number): Promise<void> {
  const token = user.token;
  expect((await request('PUT', '/v1/me/profile', { token, body: profileOf(i) })).status).toBe(200);
  expect((await request('PUT', '/v1/me/payout-details', { token, body: payoutOf(i) })).status).toBe(200);
  const doc = { kind: 'passport', content_type: 'application/pdf', content_base64: pdfOf(i).toString('base64') };
  expect((await request('POST', '/v1/me/identity-documents', { token, body: doc })).status).toBe(201);
}

/** Every user's data, read back through the API and (documents) opened from the table. */
async function expectEverythingDecrypts(): Promise<void> {
  for (const [i, user] of users.entries()) {
    expect((await request('GET', '/v1/me/profile', { token: user.token })).body).toMatchObject(profileOf(i));
    expect((await request('GET', '/v1/me/payout-details', { token: user.token })).body).toMatchObject({ account_holder: `Holder ${i}` });
    const docs = await app.ctx.db.selectFrom('identity_documents').selectAll().where('user_id', '=', user.id).execute();
    expect(docs.length).toBeGreaterThan(0);
    for (const d of docs) {
      const { content } = openRecord(app.ctx.keyring, { table: 'identity_documents', id: d.id }, { keyId: d.key_id, wrapped: d.wrapped_key }, { content: d.content });
      expect(content.toString()).toMatch(/^%PDF-1\.4\ndocument of user \d+\n$/);
    }
  }
}

const recordsPerKey = async () => {
  const perKey: Record<string, number> = {};
  for (const c of await keyCounts(app.ctx.db, ENCRYPTED_TABLES)) perKey[c.keyId] = (perKey[c.keyId] ?? 0) + c.records;
  return perKey;
};

/** The ciphertext columns, which a rotation must never rewrite. */
const ciphertexts = async () => ({
  profiles: await app.ctx.db.selectFrom('user_private_profiles').select(['user_id as id', 'legal_name', 'address', 'phone']).orderBy('user_id').execute(),
  payouts: await app.ctx.db.selectFrom('payout_details').select(['user_id as id', 'details']).orderBy('user_id').execute(),
  documents: await app.ctx.db.selectFrom('identity_documents').select(['id', 'content']).orderBy('id').execute(),
});

/** The real CLI, as `npm run keys:rotate` runs it, against this file's database. */
async function rotateCli(keys: Record<string, string>, args: string[] = []) {
  const { rows } = await sql<{ db: string }>`SELECT current_database() AS db`.execute(app.ctx.db);
  const url = new URL(process.env.TEST_DATABASE_URL!);
  url.pathname = `/${rows[0]!.db}`;
  const root = path.resolve(__dirname, '../..');
  return promisify(execFile)(path.join(root, 'node_modules/.bin/tsx'), ['api/src/cli/rotate-keys.ts', ...args], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: url.toString(), ...keys },
  });
}

beforeAll(async () => {
  app = await startTestApp({ env: envFor([A], 'key-a') });
  request = client(app.url);
  for (let i = 0; i < 7; i += 1) users.push(await registerUser(request));
  for (const [i, user] of users.entries()) await writeAll(user, i);
});
afterAll(() => app.close());

describe('master key rotation without downtime', () => {
  test('records are written under the configured key', async () => {
    expect(await recordsPerKey()).toEqual({ 'key-a': 21 });
  });

  test('with a new active key, new writes use it and old records still decrypt', async () => {
    app.ctx.keyring = createKeyring([A, B], 'key-b');
    users.push(await registerUser(request));
    await writeAll(users[7]!, 7);
    expect(await recordsPerKey()).toEqual({ 'key-a': 21, 'key-b': 3 });
    await expectEverythingDecrypts();
  });

  test('the re-wrap job moves every data key in small batches, leaves ciphertexts alone, and writes go on meanwhile', async () => {
    const before = await ciphertexts();
    const batches: { table: string; rewrapped: number }[] = [];
    const rewritten = new Set<string>();
    const rewrapped = await rewrapAll(app.ctx.db, app.ctx.keyring, ENCRYPTED_TABLES, {
      batchSize: 2,
      onBatch: async (batch) => {
        batches.push(batch);
        // Mid-rotation, between two batches: users keep changing their data.
        if (batches.length === 1) {
          const i = users.length - 2;
          await writeAll(users[i]!, i);
          rewritten.add(users[i]!.id);
        }
      },
    });
    expect(batches.every((b) => b.rewrapped >= 1 && b.rewrapped <= 2)).toBe(true);
    expect(batches.length).toBeGreaterThan(ENCRYPTED_TABLES.length);
    expect(rewrapped).toBe(batches.reduce((sum, b) => sum + b.rewrapped, 0));
    expect(await recordsPerKey()).toEqual({ 'key-b': 25 });

    const after = await ciphertexts();
    const untouched = <T extends { id: string }>(rows: T[]) => rows.filter((r) => !rewritten.has(r.id));
    expect(untouched(after.profiles)).toEqual(untouched(before.profiles));
    expect(untouched(after.payouts)).toEqual(untouched(before.payouts));
    expect(after.documents.filter((d) => before.documents.some((b) => b.id === d.id))).toEqual(before.documents);

    // The old key can go: everything opens with key-b alone.
    app.ctx.keyring = createKeyring([B], 'key-b');
    await expectEverythingDecrypts();
  });

  test('a rerun finds nothing to do', async () => {
    app.ctx.keyring = createKeyring([A, B], 'key-b');
    expect(await rewrapAll(app.ctx.db, app.ctx.keyring, ENCRYPTED_TABLES, { batchSize: 2 })).toBe(0);
  });

  test('a row a request holds is skipped, not waited for, and the next run picks it up', async () => {
    app.ctx.keyring = createKeyring([B, C], 'key-c');
    const held = users[0]!.id;
    await app.ctx.db.transaction().execute(async (trx) => {
      await trx.selectFrom('user_private_profiles').select('user_id').where('user_id', '=', held).forUpdate().execute();
      await rewrapAll(app.ctx.db, app.ctx.keyring, ENCRYPTED_TABLES, { batchSize: 3 });
    });
    expect(await recordsPerKey()).toEqual({ 'key-b': 1, 'key-c': 24 });
    expect(await rewrapAll(app.ctx.db, app.ctx.keyring, ENCRYPTED_TABLES, { batchSize: 3 })).toBe(1);
    expect(await recordsPerKey()).toEqual({ 'key-c': 25 });
  });

  test('npm run keys:rotate re-wraps and prints the records per key id', async () => {
    const { stdout } = await rotateCli(envFor([C, D], 'key-d'), ['--batch-size=4']);
    expect(stdout).toContain('Re-wrapped 25 data keys.');
    expect(stdout).toMatch(/key-d\s+25 {2}\(active\)/);
    expect(stdout).toContain('Every record is under key-d; other keys may now be removed from MASTER_KEYS.');
    expect(stdout).not.toContain(D.key.toString('base64'));

    app.ctx.keyring = createKeyring([D], 'key-d');
    await expectEverythingDecrypts();
  });

  test('keys:rotate exits non-zero while records remain under a key it does not have', async () => {
    const run = rotateCli(envFor([A], 'key-a'));
    await expect(run).rejects.toMatchObject({ code: 1, stdout: expect.stringMatching(/key-d\s+25 {2}\(remaining, NOT in MASTER_KEYS: cannot be decrypted\)/) });
  });
});
