import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres } from '../api/src/db/embedded-postgres';

// One Postgres server for the whole run: the one named by TEST_DATABASE_URL / DATABASE_URL, or an
// embedded one started here. Every test file then creates its own database on it.
export default async function globalSetup(): Promise<void> {
  // (process.env stringifies undefined, so assign only a real value.)
  const given = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  if (given) {
    process.env.TEST_DATABASE_URL = given;
    return;
  }
  const parent = mkdtempSync(path.join(tmpdir(), 'agora-test-pg-'));
  // As root, embedded-postgres runs the server as a `postgres` user, who must be able to enter it.
  chmodSync(parent, 0o755);
  const dir = path.join(parent, 'data');
  const pg = await startEmbeddedPostgres(dir, { persistent: false });
  process.env.TEST_DATABASE_URL = pg.url;
  (globalThis as { __agoraPostgres?: { stop(): Promise<void> } }).__agoraPostgres = pg;
}
