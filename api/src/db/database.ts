import { Kysely, PostgresDialect } from 'kysely';
import { Pool } from 'pg';
import type { DB } from './schema';

export function createDatabase(connectionString: string, max = 10): Kysely<DB> {
  const pool = new Pool({ connectionString, max, application_name: 'agora' });
  return new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
}
