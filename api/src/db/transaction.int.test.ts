import { type Transaction, sql } from 'kysely';
import { type TestDatabase, createTestDatabase } from '../../../test/postgres';
import { createDatabase } from './database';
import type { DB } from './schema';
import { inTransaction, isUniqueViolation } from './transaction';

let pg: TestDatabase;
let db: ReturnType<typeof createDatabase>;
beforeAll(async () => {
  pg = await createTestDatabase();
  db = createDatabase(pg.url);
  await sql`CREATE TABLE tally (id serial PRIMARY KEY, note text NOT NULL, CONSTRAINT tally_note_key UNIQUE (note))`.execute(db);
});
afterAll(async () => {
  await db.destroy();
  await pg.drop();
});
beforeEach(() => sql`TRUNCATE tally`.execute(db));

const notes = async () => (await sql<{ note: string }>`SELECT note FROM tally ORDER BY id`.execute(db)).rows.map((r) => r.note);
const raise = (code: string) => sql`DO $$ BEGIN RAISE EXCEPTION 'forced' USING ERRCODE = ${sql.raw(`'${code}'`)}; END $$`.execute(db);

function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { open, opened };
}

test('a serialization failure on the first attempt is retried in a fresh transaction, and the retry commits', async () => {
  let attempts = 0;
  const result = await inTransaction(db, async (trx) => {
    attempts += 1;
    await sql`INSERT INTO tally (note) VALUES (${`attempt ${attempts}`})`.execute(trx);
    if (attempts === 1) await sql`DO $$ BEGIN RAISE EXCEPTION 'forced' USING ERRCODE = '40001'; END $$`.execute(trx);
    return 'done';
  });
  expect(result).toBe('done');
  expect(attempts).toBe(2);
  // The first attempt's write was rolled back with it.
  expect(await notes()).toEqual(['attempt 2']);
});

test('two SERIALIZABLE transactions that read what the other writes: the loser is retried and succeeds', async () => {
  // Each counts the rows, then writes one named after the count: run side by side, both would see 0.
  const firstRead = gate();
  const secondRead = gate();
  let secondAttempts = 0;
  const write = (trx: Transaction<DB>) => sql`INSERT INTO tally (note) SELECT 'count ' || count(*) FROM tally`.execute(trx);
  const count = (trx: Transaction<DB>) => sql`SELECT count(*) FROM tally`.execute(trx);
  const first = inTransaction(
    db,
    async (trx) => {
      await count(trx);
      firstRead.open();
      await secondRead.opened;
      await write(trx);
    },
    { isolation: 'serializable', retry: false },
  );
  const second = inTransaction(
    db,
    async (trx) => {
      secondAttempts += 1;
      if (secondAttempts === 1) {
        await firstRead.opened;
        await count(trx);
        secondRead.open();
        await first;
      }
      await write(trx);
    },
    { isolation: 'serializable' },
  );
  await Promise.all([first, second]);
  expect(secondAttempts).toBe(2);
  // The retry saw the first one's row: no two rows claim the same count.
  expect(await notes()).toEqual(['count 0', 'count 1']);
});

test('a deadlock (40P01) is retried too', async () => {
  let attempts = 0;
  await inTransaction(db, async (trx) => {
    attempts += 1;
    if (attempts === 1) await sql`DO $$ BEGIN RAISE EXCEPTION 'forced' USING ERRCODE = '40P01'; END $$`.execute(trx);
  });
  expect(attempts).toBe(2);
});

test('retries are bounded: a transaction that always fails to serialize ends with that failure', async () => {
  let attempts = 0;
  await expect(
    inTransaction(db, async (trx) => {
      attempts += 1;
      await sql`DO $$ BEGIN RAISE EXCEPTION 'forced' USING ERRCODE = '40001'; END $$`.execute(trx);
    }),
  ).rejects.toMatchObject({ code: '40001' });
  expect(attempts).toBe(4);
});

test('retry: false runs the callback once (it calls a third party a retry would call again)', async () => {
  let attempts = 0;
  await expect(
    inTransaction(
      db,
      async (trx) => {
        attempts += 1;
        await sql`DO $$ BEGIN RAISE EXCEPTION 'forced' USING ERRCODE = '40001'; END $$`.execute(trx);
      },
      { retry: false },
    ),
  ).rejects.toMatchObject({ code: '40001' });
  expect(attempts).toBe(1);
});

test('other failures are not retried', async () => {
  let attempts = 0;
  await expect(
    inTransaction(db, async () => {
      attempts += 1;
      throw new Error('not a database conflict');
    }),
  ).rejects.toThrow('not a database conflict');
  expect(attempts).toBe(1);
});

test('isUniqueViolation names the constraint it expects', async () => {
  await sql`INSERT INTO tally (note) VALUES ('once')`.execute(db);
  const err = await sql`INSERT INTO tally (note) VALUES ('once')`.execute(db).catch((e: unknown) => e);
  expect(isUniqueViolation(err)).toBe(true);
  expect(isUniqueViolation(err, 'tally_note_key')).toBe(true);
  expect(isUniqueViolation(err, 'tally_pkey')).toBe(false);
  const other = await raise('23514').catch((e: unknown) => e);
  expect(isUniqueViolation(other)).toBe(false);
  expect(isUniqueViolation(undefined)).toBe(false);
});
