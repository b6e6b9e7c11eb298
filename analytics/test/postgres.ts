import { randomBytes } from 'node:crypto';
import { Kysely, PostgresDialect } from 'kysely';
import { Pool } from 'pg';
import { up } from '../../migrations/20261121000000_core';
import type { OutboxDB } from '../src/outbox';

// Only TEST_DATABASE_URL is relied on; the fallback is the local Debian server.
const ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestPostgres {
  db: Kysely<OutboxDB>;
  drop(): Promise<void>;
}

/** A fresh database per test file with the real core migration applied. */
export async function createTestPostgres(): Promise<TestPostgres> {
  const name = `t_${randomBytes(6).toString('hex')}`;
  const admin = new Pool({ connectionString: ADMIN_URL, max: 1 });
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const db = new Kysely<OutboxDB>({
    dialect: new PostgresDialect({ pool: new Pool({ connectionString: url.toString(), max: 6 }) }),
  });
  await up(db);
  return {
    db,
    async drop() {
      await db.destroy();
      // pool.end() resolves before the sessions have closed; forcing the drop while they linger
      // makes the server kill them and the pool emit unhandled errors.
      for (let i = 0; i < 100; i += 1) {
        const { rows } = await admin.query('SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1', [name]);
        if (rows[0].n === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}
