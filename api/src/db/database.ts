import { Kysely, PostgresDialect } from 'kysely';
import { Pool } from 'pg';
import { PreparingClient } from './prepared-client';
import type { DB } from './schema';

export function createDatabase(connectionString: string, max = 10): Kysely<DB> {
  const pool = new Pool({ connectionString, max, application_name: 'agora', Client: PreparingClient });
  // An idle client's connection dying (server restart, shutdown) is emitted on the pool; unhandled it
  // would crash the process. The pool drops that client and the next query connects afresh.
  pool.on('error', () => undefined);
  // A checked-out client has no pool listener: a connection killed between two statements of a
  // transaction (Ctrl-C reaches the embedded Postgres too) would crash the process the same way.
  // The statement in flight, if any, fails on its own; the pool discards the client when released.
  pool.on('connect', (client) => client.on('error', () => undefined));
  return new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
}
