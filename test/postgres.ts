import { randomBytes } from 'node:crypto';
import { Pool } from 'pg';

export interface TestDatabase {
  url: string;
  /** Call after every pool on `url` is closed. */
  drop(): Promise<void>;
}

/** A fresh, empty database per test file on the run's server (see global-setup.ts). */
export async function createTestDatabase(): Promise<TestDatabase> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error('TEST_DATABASE_URL is not set: run tests through jest (global-setup starts Postgres)');
  const name = `t_${randomBytes(6).toString('hex')}`;
  const admin = new Pool({ connectionString: adminUrl, max: 1 });
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      // pool.end() resolves before the server has closed the sessions; forcing the drop while they
      // linger makes the server kill them and the pool emit unhandled errors. Wait for them first.
      for (let i = 0; i < 100; i += 1) {
        const { rows } = await admin.query('SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1', [name]);
        if (rows[0].n === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}
