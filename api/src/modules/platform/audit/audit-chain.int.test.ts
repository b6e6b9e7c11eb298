import { generateKeyPairSync, randomUUID, sign } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Kysely, type Transaction, sql } from 'kysely';
import { type TestContext, createTestContext } from '../../../../../test/harness';
import { createTestDatabase } from '../../../../../test/postgres';
import { createDatabase } from '../../../db/database';
import { migrateToLatest, migrator } from '../../../db/migrate';
import type { DB } from '../../../db/schema';
import { appendAudit } from './audit';
import { checkpointAudit, checkpointMessage } from './audit-checkpoint';
import { GENESIS_HASH, entryHash, seqNumber } from './audit-hash';
import { auditKeyId, loadSigningKey, publicKeyEntry, trustedAuditKeys } from './audit-keys';
import { sealAudit, sealAuditBacklog } from './audit-seal';
import { type AuditProblem, verifyAuditChain } from './audit-verify';

let test_: TestContext;
beforeAll(async () => {
  test_ = await createTestContext();
});
afterAll(() => test_.close());

const db = () => test_.ctx.db;
const keys = () => trustedAuditKeys(test_.ctx.config);
const actor = '1b4e28ba-2fa1-41d2-883f-0016d3cca427';

/** Appends `n` entries, one transaction each, with details of varied shapes, and seals them. */
async function appendEntries(n: number): Promise<void> {
  for (let i = 0; i < n; i += 1) {
    await db()
      .transaction()
      .execute((trx) =>
        appendAudit(trx, {
          actorId: i % 3 === 0 ? null : actor,
          action: i % 2 ? 'ledger.transfer' : 'fraud_case.clear',
          entityType: 'order',
          entityId: randomUUID(),
          details: { amount: { amount: 1999 + i, currency: 'EUR' }, note: i % 2 ? `café ☃ ${i}` : undefined, ratio: i / 7, tags: ['a', i] },
          at: new Date(Date.UTC(2026, 10, 22, 12, 0, i, i)),
        }),
      );
  }
  await sealAuditBacklog(db(), { limit: 4 });
}

const appendOne = (trx: Transaction<DB>, details: Record<string, unknown> = {}) =>
  appendAudit(trx, { actorId: null, action: 'ledger.transfer', entityType: 'order', entityId: randomUUID(), details, at: new Date() });

/** Raw SQL as the table's owner, with the append-only guards off: what a tamperer would do. */
async function tamper(work: (trx: Transaction<DB>) => Promise<unknown>): Promise<void> {
  await db()
    .transaction()
    .execute(async (trx) => {
      await sql`ALTER TABLE audit_log DISABLE TRIGGER USER`.execute(trx);
      await sql`ALTER TABLE audit_checkpoints DISABLE TRIGGER USER`.execute(trx);
      await work(trx);
      await sql`ALTER TABLE audit_log ENABLE TRIGGER USER`.execute(trx);
      await sql`ALTER TABLE audit_checkpoints ENABLE TRIGGER USER`.execute(trx);
    });
}

/** Recomputes every hash from `fromSeq` on, as a tamperer who knows the algorithm would. */
async function rehash(trx: Transaction<DB>, fromSeq: number): Promise<void> {
  const rows = await trx
    .selectFrom('audit_log')
    .selectAll()
    .where('seq', '>=', String(fromSeq - 1))
    .orderBy('seq')
    .execute();
  let prev = rows[0]!.entry_hash!;
  for (const row of rows.slice(1)) {
    const hash = entryHash(prev, { ...row, seq: seqNumber(row.seq!) });
    await trx.updateTable('audit_log').set({ prev_hash: prev, entry_hash: hash }).where('id', '=', row.id).execute();
    prev = hash;
  }
}

const entryAt = (seq: number) => db().selectFrom('audit_log').selectAll().where('seq', '=', String(seq)).executeTakeFirstOrThrow();
const problemsOf = async (batchSize = 4) => (await verifyAuditChain(db(), keys(), { batchSize })).problems.map(({ kind, seq, id }) => ({ kind, seq, id }));

// Each tampering gets a fresh chain.
beforeEach(() =>
  tamper(async (trx) => {
    await sql`TRUNCATE audit_log, audit_checkpoints RESTART IDENTITY`.execute(trx);
    await sql`ALTER TABLE audit_log DROP CONSTRAINT IF EXISTS audit_log_seq_key, ADD CONSTRAINT audit_log_seq_key UNIQUE (seq)`.execute(trx);
  }),
);

describe('building the chain', () => {
  test('appendAudit links entries, checkpoints sign the head, and the chain verifies intact', async () => {
    await appendEntries(6);
    // Several appends in one transaction, and a rolled-back one that must leave no gap.
    await db()
      .transaction()
      .execute(async (trx) => {
        await appendAudit(trx, { actorId: actor.toUpperCase(), action: 'a', entityType: 'user', entityId: actor.toUpperCase(), details: { at: new Date(0) }, at: new Date(1) });
        await appendAudit(trx, { actorId: null, action: 'b', entityType: 'user', entityId: actor, details: {}, at: new Date(2) });
      });
    await expect(
      db()
        .transaction()
        .execute(async (trx) => {
          await appendAudit(trx, { actorId: null, action: 'rolled back', entityType: 'user', entityId: actor, details: {}, at: new Date(3) });
          throw new Error('abort');
        }),
    ).rejects.toThrow('abort');

    const first = await checkpointAudit(test_.ctx);
    expect(first).toMatchObject({ seq: 8 });
    expect(await checkpointAudit(test_.ctx)).toBeNull(); // the head did not move
    await appendEntries(2);
    expect(await checkpointAudit(test_.ctx)).toMatchObject({ seq: 10, keyId: first!.keyId });

    const rows = await db().selectFrom('audit_log').select(['seq', 'prev_hash', 'entry_hash']).orderBy('seq').execute();
    expect(rows.map((r) => seqNumber(r.seq!))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(rows[0]!.prev_hash).toEqual(GENESIS_HASH);
    rows.slice(1).forEach((row, i) => expect(row.prev_hash).toEqual(rows[i]!.entry_hash));

    const result = await verifyAuditChain(db(), keys(), { batchSize: 3 });
    expect(result).toMatchObject({ intact: true, entries: 10, unsealed: { count: 0 }, checkpoints: 2, problemCount: 0, problems: [] });
    expect(result.head).toEqual({ seq: 10, entryHash: rows[9]!.entry_hash!.toString('hex') });
    expect(result.lastCheckpoint).toMatchObject({ seq: 10, keyId: first!.keyId });
  });

  test('an empty log verifies intact and needs no checkpoint', async () => {
    expect(await checkpointAudit(test_.ctx)).toBeNull();
    expect(await verifyAuditChain(db(), keys())).toMatchObject({ intact: true, entries: 0, checkpoints: 0, head: null, lastCheckpoint: null });
  });

  test('40 concurrent transactions that append and lock a shared row in either order all commit, while sealers run', async () => {
    // The old write-time chain deadlocked here: one transaction held the chain lock waiting for the
    // row, another held the row waiting for the chain lock.
    await sql`CREATE TABLE IF NOT EXISTS contended (id int PRIMARY KEY, n int NOT NULL)`.execute(db());
    await sql`INSERT INTO contended VALUES (1, 0) ON CONFLICT (id) DO UPDATE SET n = 0`.execute(db());
    const wide = createDatabase(test_.databaseUrl, 44);
    let appending = true;
    const sealing = Array.from({ length: 2 }, async () => {
      while (appending) await sealAudit(wide, { limit: 5 });
    });
    try {
      await Promise.all(
        Array.from({ length: 40 }, (_, t) =>
          wide.transaction().execute(async (trx) => {
            const bump = () => sql`UPDATE contended SET n = n + 1 WHERE id = 1`.execute(trx);
            const pause = () => sql`SELECT pg_sleep(0.02)`.execute(trx);
            if (t % 2) await bump();
            await appendOne(trx, { t, r: 0 });
            await pause(); // so both orders are in flight at once
            await appendOne(trx, { t, r: 1 });
            if (!(t % 2)) await bump();
            await appendOne(trx, { t, r: 2 });
          }),
        ),
      );
    } finally {
      appending = false;
      await Promise.all(sealing);
      await wide.destroy();
    }
    expect((await sql<{ n: number }>`SELECT n FROM contended`.execute(db())).rows).toEqual([{ n: 40 }]);
    await sealAuditBacklog(db());
    const result = await verifyAuditChain(db(), keys(), { batchSize: 7 });
    expect(result).toMatchObject({ intact: true, entries: 120, unsealed: { count: 0 }, head: { seq: 120 } });
    // A transaction's entries commit together, so they are sealed in their insertion order.
    const rows = await db().selectFrom('audit_log').select(['seq', 'details']).orderBy('seq').execute();
    for (let t = 0; t < 40; t += 1) {
      const mine = rows.filter((row) => (row.details as { t: number }).t === t);
      expect(mine.map((row) => row.details)).toEqual([
        { t, r: 0 },
        { t, r: 1 },
        { t, r: 2 },
      ]);
    }
  });

  test('a key given as AUDIT_PUBLIC_KEYS verifies without the private key; an untrusted one does not', async () => {
    await appendEntries(3);
    await checkpointAudit(test_.ctx);
    const signer = loadSigningKey(test_.ctx.config, { create: false })!;
    const elsewhere = mkdtempSync(path.join(tmpdir(), 'agora-verifier-'));
    const verifierKeys = trustedAuditKeys({ DATA_DIR: elsewhere, AUDIT_PUBLIC_KEYS: publicKeyEntry(signer.privateKey), AUDIT_SIGNING_KEY: undefined });
    expect(loadSigningKey({ DATA_DIR: elsewhere, AUDIT_PUBLIC_KEYS: undefined, AUDIT_SIGNING_KEY: undefined }, { create: false })).toBeNull();
    expect((await verifyAuditChain(db(), verifierKeys)).intact).toBe(true);
    expect((await verifyAuditChain(db(), new Map())).problems).toEqual([expect.objectContaining({ kind: 'checkpoint_unknown_key', seq: 3 })]);
  });
});

describe('sealing', () => {
  test('appended entries wait unsealed; the verifier counts them apart and flags only a stale backlog', async () => {
    await appendEntries(2);
    await db()
      .transaction()
      .execute(async (trx) => {
        for (let i = 0; i < 3; i += 1) await appendOne(trx, { i });
      });
    const rows = await db().selectFrom('audit_log').select(['seq', 'prev_hash', 'entry_hash']).orderBy('id').execute();
    expect(rows.slice(2)).toEqual(Array(3).fill({ seq: null, prev_hash: null, entry_hash: null }));

    const now = new Date();
    const oldestAt = (await db().selectFrom('audit_log').select('created_at').where('seq', 'is', null).orderBy('id').executeTakeFirstOrThrow()).created_at;
    expect(await verifyAuditChain(db(), keys(), { now })).toMatchObject({
      intact: true,
      entries: 2,
      head: { seq: 2 },
      unsealed: { count: 3, oldestAt },
      problemCount: 0,
    });
    const later = await verifyAuditChain(db(), keys(), { now: new Date(now.getTime() + 6 * 60_000) });
    expect(later).toMatchObject({ intact: true, entries: 2, problemCount: 1 });
    expect(later.problems).toEqual([expect.objectContaining({ kind: 'unsealed_stale', seq: null, message: expect.stringMatching(/^3 entries unsealed/) })]);

    expect(await sealAudit(db(), { limit: 2 })).toBe(2);
    expect(await sealAudit(db(), { limit: 2 })).toBe(1);
    expect(await sealAudit(db(), { limit: 2 })).toBe(0);
    expect(await verifyAuditChain(db(), keys(), { batchSize: 2 })).toMatchObject({ intact: true, entries: 5, unsealed: { count: 0, oldestAt: null } });
  });

  test('seq is commit order: an entry committed later is sealed later, whatever its id', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let inserted!: () => void;
    const insertedEarly = new Promise<void>((resolve) => {
      inserted = resolve;
    });
    const slow = db()
      .transaction()
      .execute(async (trx) => {
        await appendOne(trx, { slow: true }); // id 1
        inserted();
        await held;
      });
    await insertedEarly;
    await db()
      .transaction()
      .execute((trx) => appendOne(trx, { slow: false })); // id 2, committed first
    expect(await sealAudit(db())).toBe(1); // the uncommitted id 1 is invisible, not waited for
    release();
    await slow;
    expect(await sealAudit(db())).toBe(1);

    const rows = await db().selectFrom('audit_log').select(['id', 'seq', 'details']).orderBy('seq').execute();
    expect(rows).toEqual([
      { id: '2', seq: '1', details: { slow: false } },
      { id: '1', seq: '2', details: { slow: true } },
    ]);
    expect((await verifyAuditChain(db(), keys())).intact).toBe(true);
  });

  test('sealers running at once build one contiguous chain', async () => {
    for (let t = 0; t < 10; t += 1) {
      await db()
        .transaction()
        .execute(async (trx) => {
          for (let i = 0; i < 30; i += 1) await appendOne(trx, { t, i });
        });
    }
    const wide = createDatabase(test_.databaseUrl, 8);
    try {
      // Waiting sealers queue on the lock and each continues from the head the last one committed;
      // the others give up at once while one is busy.
      const sealed = await Promise.all([
        ...Array.from({ length: 4 }, () => sealAuditBacklog(wide, { limit: 7, wait: true })),
        ...Array.from({ length: 4 }, () => sealAuditBacklog(wide, { limit: 3 })),
      ]);
      expect(sealed.reduce((a, b) => a + b, 0)).toBe(300);
    } finally {
      await wide.destroy();
    }
    const result = await verifyAuditChain(db(), keys(), { batchSize: 11 });
    expect(result).toMatchObject({ intact: true, entries: 300, unsealed: { count: 0 }, head: { seq: 300 } });
  });

  test('the table refuses every change but sealing an unsealed entry, once', async () => {
    await appendEntries(2);
    await db()
      .transaction()
      .execute((trx) => appendOne(trx, { n: 1 }));
    const [sealed, unsealed] = [await entryAt(1), await db().selectFrom('audit_log').selectAll().where('seq', 'is', null).executeTakeFirstOrThrow()];
    const hash = Buffer.alloc(32, 7);
    const refused = [
      // A sealed entry: neither its fields nor its seal.
      sql`UPDATE audit_log SET details = '{}' WHERE id = ${sealed.id}`,
      sql`UPDATE audit_log SET entry_hash = ${hash} WHERE id = ${sealed.id}`,
      sql`UPDATE audit_log SET seq = NULL, prev_hash = NULL, entry_hash = NULL WHERE id = ${sealed.id}`,
      // An unsealed entry: not edited, nor edited while being sealed.
      sql`UPDATE audit_log SET details = '{"n": 2}' WHERE id = ${unsealed.id}`,
      sql`UPDATE audit_log SET seq = 3, prev_hash = ${hash}, entry_hash = ${hash}, action = 'x' WHERE id = ${unsealed.id}`,
      sql`DELETE FROM audit_log WHERE id = ${unsealed.id}`,
      sql`TRUNCATE audit_log`,
    ];
    for (const statement of refused) await expect(statement.execute(db())).rejects.toThrow(/append-only/);
    // Half a seal: refused by the trigger, and by the table's own check without it.
    const halfSeal = sql`UPDATE audit_log SET seq = 3, prev_hash = ${hash} WHERE id = ${unsealed.id}`;
    await expect(halfSeal.execute(db())).rejects.toThrow(/append-only/);
    await expect(tamper((trx) => halfSeal.execute(trx))).rejects.toThrow(/audit_log_sealed_whole/);

    expect(await sealAudit(db())).toBe(1);
    await expect(sql`UPDATE audit_log SET seq = 4 WHERE id = ${unsealed.id}`.execute(db())).rejects.toThrow(/append-only/);
    expect((await verifyAuditChain(db(), keys())).intact).toBe(true);
  });
});

describe('tampering with raw SQL is detected', () => {
  test('an edited entry', async () => {
    await appendEntries(8);
    const victim = await entryAt(5);
    await tamper((trx) => sql`UPDATE audit_log SET details = jsonb_set(details, '{amount,amount}', '1') WHERE seq = 5`.execute(trx));
    expect(await problemsOf()).toEqual([{ kind: 'entry_hash_mismatch', seq: 5, id: victim.id }]);
  });

  test('an edit of created_at by less than a millisecond is refused by the table itself', async () => {
    await appendEntries(2);
    await expect(tamper((trx) => sql`UPDATE audit_log SET created_at = created_at + interval '1 microsecond' WHERE seq = 1`.execute(trx))).rejects.toThrow(
      /audit_log_created_at_ms/,
    );
  });

  test('a deleted entry', async () => {
    await appendEntries(8);
    const next = await entryAt(6);
    await tamper((trx) => sql`DELETE FROM audit_log WHERE seq = 5`.execute(trx));
    expect(await problemsOf()).toEqual([{ kind: 'missing_entry', seq: 5, id: next.id }]);
  });

  test('an inserted entry with a seq already taken, hashed correctly', async () => {
    await appendEntries(8);
    const before = await entryAt(4);
    let forgedId = '';
    await tamper(async (trx) => {
      await sql`ALTER TABLE audit_log DROP CONSTRAINT audit_log_seq_key`.execute(trx);
      const fields = { seq: 5, actor_id: actor, action: 'ledger.transfer', entity_type: 'order', entity_id: randomUUID(), details: { amount: 1 }, created_at: new Date() };
      ({ id: forgedId } = await trx
        .insertInto('audit_log')
        .values({ ...fields, details: JSON.stringify(fields.details), prev_hash: before.entry_hash, entry_hash: entryHash(before.entry_hash!, fields) })
        .returning('id')
        .executeTakeFirstOrThrow());
    });
    // Whatever the batch boundaries, the duplicate is found.
    for (const batchSize of [1, 2, 5, 1000]) {
      expect(await problemsOf(batchSize)).toEqual([{ kind: 'unexpected_entry', seq: 5, id: forgedId }]);
    }
  });

  test('an inserted entry that renumbers the ones after it', async () => {
    await appendEntries(8);
    const before = await entryAt(4);
    await tamper(async (trx) => {
      // Via a free range: the unique seq index is checked row by row.
      await sql`UPDATE audit_log SET seq = seq + 1000 WHERE seq >= 5`.execute(trx);
      await sql`UPDATE audit_log SET seq = seq - 999 WHERE seq > 1000`.execute(trx);
      const fields = { seq: 5, actor_id: actor, action: 'ledger.transfer', entity_type: 'order', entity_id: randomUUID(), details: {}, created_at: new Date() };
      await trx
        .insertInto('audit_log')
        .values({ ...fields, details: '{}', prev_hash: before.entry_hash, entry_hash: entryHash(before.entry_hash!, fields) })
        .execute();
    });
    const problems = await problemsOf();
    // The forged entry itself is consistent; the entry it displaced no longer links or hashes.
    expect(problems[0]).toMatchObject({ kind: 'prev_hash_mismatch', seq: 6 });
    expect(problems.filter((p) => p.kind === 'entry_hash_mismatch').map((p) => p.seq)).toEqual([6, 7, 8, 9]);
  });

  test('two entries swapped (reordered)', async () => {
    await appendEntries(8);
    const [fourth, fifth] = [await entryAt(4), await entryAt(5)];
    await tamper(async (trx) => {
      await sql`UPDATE audit_log SET seq = seq + 1000 WHERE seq IN (4, 5)`.execute(trx);
      await sql`UPDATE audit_log SET seq = CASE seq WHEN 1004 THEN 5 ELSE 4 END WHERE seq IN (1004, 1005)`.execute(trx);
    });
    expect(await problemsOf()).toEqual([
      { kind: 'prev_hash_mismatch', seq: 4, id: fifth.id },
      { kind: 'entry_hash_mismatch', seq: 4, id: fifth.id },
      { kind: 'prev_hash_mismatch', seq: 5, id: fourth.id },
      { kind: 'entry_hash_mismatch', seq: 5, id: fourth.id },
      { kind: 'prev_hash_mismatch', seq: 6, id: (await entryAt(6)).id },
    ]);
  });

  test('the whole chain rewritten consistently after a checkpoint', async () => {
    await appendEntries(10);
    await checkpointAudit(test_.ctx);
    await appendEntries(5);
    await tamper(async (trx) => {
      await sql`UPDATE audit_log SET details = '{"amount": {"amount": 1, "currency": "EUR"}}' WHERE seq = 3`.execute(trx);
      await rehash(trx, 3);
    });
    // Every link and hash checks out; only the signed checkpoint gives the rewrite away.
    expect(await problemsOf()).toEqual([{ kind: 'checkpoint_mismatch', seq: 10, id: (await entryAt(10)).id }]);
  });

  test('a rewrite that also replaces the checkpoint, re-signed with another key', async () => {
    await appendEntries(6);
    await checkpointAudit(test_.ctx);
    const forger = generateKeyPairSync('ed25519');
    await tamper(async (trx) => {
      await sql`UPDATE audit_log SET action = 'nothing.happened' WHERE seq = 2`.execute(trx);
      await rehash(trx, 2);
      await sql`DELETE FROM audit_checkpoints`.execute(trx);
      const head = await trx.selectFrom('audit_log').select('entry_hash').where('seq', '=', '6').executeTakeFirstOrThrow();
      const cp = { seq: 6, entryHash: head.entry_hash!, signedAt: new Date(), keyId: auditKeyId(forger.publicKey) };
      await trx
        .insertInto('audit_checkpoints')
        .values({ seq: 6, entry_hash: cp.entryHash, signed_at: cp.signedAt, key_id: cp.keyId, signature: sign(null, checkpointMessage(cp), forger.privateKey) })
        .execute();
    });
    expect(await problemsOf()).toEqual([{ kind: 'checkpoint_unknown_key', seq: 6, id: undefined }]);
  });

  test('an altered checkpoint', async () => {
    await appendEntries(4);
    await checkpointAudit(test_.ctx);
    await tamper((trx) => sql`UPDATE audit_checkpoints SET signed_at = signed_at + interval '1 day'`.execute(trx));
    expect(await problemsOf()).toEqual([{ kind: 'checkpoint_bad_signature', seq: 4, id: undefined }]);
  });

  test('a checkpointed tail cut off', async () => {
    await appendEntries(5);
    await checkpointAudit(test_.ctx);
    await tamper((trx) => sql`DELETE FROM audit_log WHERE seq >= 4`.execute(trx));
    expect(await problemsOf()).toEqual([{ kind: 'checkpoint_mismatch', seq: 5, id: undefined }]);
  });

  test('every problem is streamed; the result keeps the first maxProblems', async () => {
    await appendEntries(6);
    await tamper((trx) => sql`UPDATE audit_log SET action = 'x'`.execute(trx));
    const seen: AuditProblem[] = [];
    const result = await verifyAuditChain(db(), keys(), { maxProblems: 2, onProblem: (p) => seen.push(p) });
    expect(result).toMatchObject({ intact: false, problemCount: 6 });
    expect(result.problems.map((p) => p.seq)).toEqual([1, 2]);
    expect(seen.map((p) => p.seq)).toEqual([1, 2, 3, 4, 5, 6]);
  });
});

describe('the migration', () => {
  test('chains rows written before it, in id order', async () => {
    const pg = await createTestDatabase();
    const old: Kysely<any> = createDatabase(pg.url);
    try {
      await migrator(old).migrateTo('20261121000000_core');
      for (const [i, details] of [{ b: 2, a: [1, { y: 'é', x: null }] }, {}, { amount: 1999.5 }].entries()) {
        await sql`INSERT INTO audit_log (actor_id, action, entity_type, entity_id, details, created_at)
                  VALUES (${i ? actor : null}, ${`legacy.${i}`}, 'user', ${actor}, ${JSON.stringify(details)}, ${new Date(Date.UTC(2026, 0, 1, 0, 0, 0, i))})`.execute(old);
      }
      await migrateToLatest(old);
      const db = old as Kysely<DB>;
      const rows = await db.selectFrom('audit_log').select(['id', 'seq', 'action']).orderBy('seq').execute();
      expect(rows.map((r) => [r.id, r.seq, r.action])).toEqual([
        ['1', '1', 'legacy.0'],
        ['2', '2', 'legacy.1'],
        ['3', '3', 'legacy.2'],
      ]);
      await db.transaction().execute((trx) => appendAudit(trx, { actorId: null, action: 'new', entityType: 'user', entityId: actor, details: {}, at: new Date() }));
      expect(await verifyAuditChain(db, new Map())).toMatchObject({ intact: true, entries: 3, unsealed: { count: 1 } });
      expect(await sealAudit(db)).toBe(1);
      expect(await verifyAuditChain(db, new Map())).toMatchObject({ intact: true, entries: 4, unsealed: { count: 0 } });
      await expect(sql`UPDATE audit_log SET action = 'x'`.execute(db)).rejects.toThrow(/append-only/);
      await expect(sql`DELETE FROM audit_checkpoints`.execute(db)).rejects.toThrow(/append-only/);
    } finally {
      await old.destroy();
      await pg.drop();
    }
  });
});
