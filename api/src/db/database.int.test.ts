import { sql } from 'kysely';
import { type TestDatabase, createTestDatabase } from '../../../test/postgres';
import { createDatabase } from './database';

let pg: TestDatabase;
beforeAll(async () => {
  pg = await createTestDatabase();
});
afterAll(() => pg.drop());

test('a connection killed between two statements of a transaction fails that transaction, not the process', async () => {
  const db = createDatabase(pg.url);
  const admin = createDatabase(pg.url);
  try {
    const transaction = db.transaction().execute(async (trx) => {
      const { rows } = await sql<{ pid: number }>`SELECT pg_backend_pid() AS pid`.execute(trx);
      // As when Ctrl-C reaches the embedded Postgres: the server ends the session while no statement runs.
      await sql`SELECT pg_terminate_backend(${rows[0]!.pid})`.execute(admin);
      await new Promise((resolve) => setTimeout(resolve, 300));
      await sql`SELECT 1`.execute(trx);
    });
    await expect(transaction).rejects.toThrow();
    // The pool discarded the dead client: the next statement connects afresh.
    expect((await sql<{ one: number }>`SELECT 1 AS one`.execute(db)).rows).toEqual([{ one: 1 }]);
  } finally {
    await db.destroy();
    await admin.destroy();
  }
});
