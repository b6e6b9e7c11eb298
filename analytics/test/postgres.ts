import { Kysely, PostgresDialect } from 'kysely';
import { Pool } from 'pg';
import { up as core } from '../../migrations/20261121000000_core';
import { up as eventVersions } from '../../migrations/20261124000100_event_catalogue';
import { createTestDatabase } from '../../test/postgres';
import type { OutboxDB } from '../src/outbox';

export interface TestPostgres {
  db: Kysely<OutboxDB>;
  drop(): Promise<void>;
}

/** The run's per-file test database with the real migrations that shape the outbox applied, seen as an outbox. */
export async function createTestPostgres(): Promise<TestPostgres> {
  const database = await createTestDatabase();
  const db = new Kysely<OutboxDB>({ dialect: new PostgresDialect({ pool: new Pool({ connectionString: database.url, max: 6 }) }) });
  await core(db);
  await eventVersions(db);
  return {
    db,
    async drop() {
      await db.destroy();
      await database.drop();
    },
  };
}
