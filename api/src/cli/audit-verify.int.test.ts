import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { type TestContext, createTestContext } from '../../../test/harness';
import { freePort } from '../db/free-port';
import { appendAudit, checkpointAudit, sealAudit } from '../modules/platform/audit';

const ROOT = path.resolve(__dirname, '../../..');

let test_: TestContext;
beforeAll(async () => {
  test_ = await createTestContext();
});
afterAll(() => test_.close());

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** `npx tsx api/src/cli/audit-verify.ts` as a user would run it, with only the given audit settings. */
function runCli(env: Record<string, string>, args: string[] = []): Promise<Run> {
  const base = { ...process.env };
  for (const name of ['DATABASE_URL', 'DATA_DIR', 'AUDIT_SIGNING_KEY', 'AUDIT_PUBLIC_KEYS']) delete base[name];
  return new Promise((resolve) => {
    execFile('npx', ['tsx', 'api/src/cli/audit-verify.ts', ...args], { cwd: ROOT, env: { ...base, ...env } }, (err, stdout, stderr) => {
      resolve({ code: err ? Number(err.code) : 0, stdout, stderr });
    });
  });
}

const appendEntries = (n: number, at = new Date()) =>
  test_.ctx.db.transaction().execute(async (trx) => {
    for (let i = 0; i < n; i += 1) {
      await appendAudit(trx, { actorId: null, action: 'ledger.transfer', entityType: 'order', entityId: randomUUID(), details: { i }, at });
    }
  });

describe('npm run audit:verify', () => {
  test('exits 0 on an intact chain, 3 when entries wait unsealed too long, 1 after tampering', async () => {
    // The start-up registration of the committed model files is already in the log.
    const { count } = await test_.ctx.db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll<string>().as('count'))
      .executeTakeFirstOrThrow();
    const head = Number(count) + 5;
    await appendEntries(5);
    await checkpointAudit(test_.ctx); // seals them first
    const env = { DATABASE_URL: test_.databaseUrl, DATA_DIR: test_.ctx.config.DATA_DIR };

    const intact = await runCli(env);
    expect(intact).toMatchObject({ code: 0 });
    expect(intact.stdout).toMatch(new RegExp(`^entries {6}${head} \\(head seq ${head}, hash [0-9a-f]{64}\\)$`, 'm'));
    expect(intact.stdout).toMatch(new RegExp(`^checkpoints {2}1 \\(last: seq ${head}, signed \\S+ by key [0-9a-f]{16}\\)$`, 'm'));
    expect(intact.stdout).toMatch(/^INTACT$/m);

    // A verifier machine with only the public key.
    const { stdout: publicKey } = await runCli(env, ['--public-key']);
    const elsewhere = mkdtempSync(path.join(tmpdir(), 'agora-verifier-'));
    expect(await runCli({ DATABASE_URL: test_.databaseUrl, DATA_DIR: elsewhere, AUDIT_PUBLIC_KEYS: publicKey.trim() })).toMatchObject({ code: 0 });

    // Without DATABASE_URL, the URL a running app published in DATA_DIR.
    const published = mkdtempSync(path.join(tmpdir(), 'agora-data-'));
    writeFileSync(path.join(published, 'postgres.url'), `${test_.databaseUrl}\n`, { mode: 0o600 });
    expect(await runCli({ DATA_DIR: published, AUDIT_PUBLIC_KEYS: publicKey.trim() })).toMatchObject({ code: 0 });

    // Entries the sealer has not reached yet are counted, not verified; only an old backlog fails.
    await appendEntries(1);
    const recent = await runCli(env);
    expect(recent).toMatchObject({ code: 0 });
    expect(recent.stdout).toMatch(/^unsealed {5}1 \(not verified yet; oldest made \S+\)$/m);
    await appendEntries(1, new Date(Date.now() - 10 * 60_000));
    const stale = await runCli(env);
    expect(stale).toMatchObject({ code: 3 });
    expect(stale.stdout).toMatch(/^PROBLEM unsealed_stale seq=-: 2 entries unsealed/m);
    expect(stale.stdout).toMatch(/^INTACT, BUT THE SEALER IS BEHIND$/m);
    expect(await sealAudit(test_.ctx.db)).toBe(2);

    await test_.ctx.db.transaction().execute(async (trx) => {
      await sql`ALTER TABLE audit_log DISABLE TRIGGER USER`.execute(trx);
      await sql`UPDATE audit_log SET details = '{"i": 99}' WHERE seq = 3`.execute(trx);
      await sql`ALTER TABLE audit_log ENABLE TRIGGER USER`.execute(trx);
    });
    const tampered = await runCli(env);
    expect(tampered).toMatchObject({ code: 1 });
    expect(tampered.stdout).toMatch(/^PROBLEM entry_hash_mismatch seq=3 id=3: /m);
    expect(tampered.stdout).toMatch(/^TAMPERED: 1 problem\(s\)$/m);
  });

  test('exits 2 when the database cannot be reached or the arguments are wrong', async () => {
    const DATA_DIR = mkdtempSync(path.join(tmpdir(), 'agora-verifier-'));
    const down = await runCli({ DATABASE_URL: `postgres://agora:x@127.0.0.1:${await freePort()}/agora`, DATA_DIR });
    expect(down).toMatchObject({ code: 2 });
    expect(down.stderr).toMatch(/cannot read the audit log/);
    expect(await runCli({ DATABASE_URL: test_.databaseUrl, DATA_DIR }, ['--bogus'])).toMatchObject({ code: 2 });
    // No DATABASE_URL, a stale published URL and no embedded data directory: nothing to verify.
    writeFileSync(path.join(DATA_DIR, 'postgres.url'), `postgres://agora:x@127.0.0.1:${await freePort()}/agora\n`);
    const nothing = await runCli({ DATA_DIR });
    expect(nothing).toMatchObject({ code: 2 });
    expect(nothing.stderr).toMatch(/no database: DATABASE_URL is not set/);
    expect(await runCli({ DATABASE_URL: test_.databaseUrl, DATA_DIR, AUDIT_PUBLIC_KEYS: 'not-a-key' })).toMatchObject({ code: 2 });
  });
});
