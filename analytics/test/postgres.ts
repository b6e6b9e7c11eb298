import { Kysely, PostgresDialect } from 'kysely';
import { Pool } from 'pg';
import { up } from '../../migrations/20261121000000_core';
import { createTestDatabase } from '../../test/postgres';
import type { OutboxDB } from '../src/outbox';

export interface TestPostgres {
  db: Kysely<OutboxDB>;
  drop(): Promise<void>;
}

/** The run's per-file test database with the real core migration applied, seen as an outbox. */
export async function createTestPostgres(): Promise<TestPostgres> {
  const database = await createTestDatabase();
  const db = new Kysely<OutboxDB>({ dialect: new PostgresDialect({ pool: new Pool({ connectionString: database.url, max: 6 }) }) });
  await up(db);
  return {
    db,
    async drop() {
      await db.destroy();
      await database.drop();
    },
  };
}
