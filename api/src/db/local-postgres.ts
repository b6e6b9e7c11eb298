import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

// Where `npm start` keeps its embedded Postgres, and how tools on the same machine find the
// running server: it listens on a random port, so the app publishes its URL in DATA_DIR.

export function localPostgresDir(dataDir: string): string {
  return path.join(dataDir, 'postgres');
}

function urlFile(dataDir: string): string {
  return path.join(dataDir, 'postgres.url');
}

/** Writes the URL (owner-only: it holds the password); the returned function removes it. */
export function publishLocalPostgresUrl(dataDir: string, url: string): () => void {
  const file = urlFile(dataDir);
  rmSync(file, { force: true }); // a crashed run's file: recreate so the mode applies
  writeFileSync(file, `${url}\n`, { mode: 0o600, flag: 'wx' });
  return () => rmSync(file, { force: true });
}

/** The URL a running app published, if any (the server may have died since). */
export function readLocalPostgresUrl(dataDir: string): string | undefined {
  try {
    return readFileSync(urlFile(dataDir), 'utf8').trim() || undefined;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}
