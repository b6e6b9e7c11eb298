import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

// An embedded Postgres outlives its parent when the parent dies without shutting it down (kill -9,
// an OOM kill): the server keeps `postmaster.pid` in its data directory and refuses a second server
// there. The next start stops such an orphan. Reusing it instead would leave a server no process
// of ours can stop (it is not our child) and whose log pipe is gone, so the next exit would orphan
// it again; stopping it costs a second and returns to a server we own.
//
// Who owns a server is recorded next to its data directory: a server whose parent is not the
// recorded owner (the owner died and the server was re-parented) is an orphan. A live owner's
// server is left alone, whatever started it (another `npm start`, a CLI tool).

interface ProcessInfo {
  ppid: number;
  command: string;
  zombie: boolean;
}

const STOP_TIMEOUT_MS = 60_000;

function ownerFile(dir: string): string {
  return `${dir}.owner`;
}

/** Records this process as the owner of the server in `dir`; the returned function forgets it. */
export function recordOwner(dir: string): () => void {
  writeFileSync(ownerFile(dir), `${process.pid}\n`);
  return () => rmSync(ownerFile(dir), { force: true });
}

/** Stops the server left running in `dir` by an owner that died; returns its pid, if there was one. */
export async function stopOrphanedPostgres(dir: string): Promise<number | undefined> {
  const pid = Number(readLines(path.join(dir, 'postmaster.pid'))?.[0]);
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  const info = processInfo(pid);
  // No process, or the pid was reused by another program: a stale pid file Postgres handles itself.
  if (!info || info.zombie || !/postgres/.test(info.command)) return undefined;
  const owner = Number(readLines(ownerFile(dir))?.[0]);
  if (info.ppid === owner) {
    throw new Error(`the embedded Postgres in ${dir} (pid ${pid}) belongs to process ${owner}, which is still running: stop it first, or use another DATA_DIR`);
  }
  process.kill(pid, 'SIGINT'); // Postgres's fast shutdown: roll back sessions, checkpoint, exit.
  for (const deadline = Date.now() + STOP_TIMEOUT_MS; Date.now() < deadline; await sleep(100)) {
    const now = processInfo(pid);
    if (!now || now.zombie) return pid;
  }
  throw new Error(`the orphaned embedded Postgres in ${dir} (pid ${pid}) did not stop within ${STOP_TIMEOUT_MS / 1000} s after SIGINT`);
}

function readLines(file: string): string[] | undefined {
  try {
    return readFileSync(file, 'utf8').split('\n');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}

/** A live process's parent, command name and zombie state; undefined if there is no such process. */
function processInfo(pid: number): ProcessInfo | undefined {
  if (process.platform === 'linux') {
    // /proc/<pid>/stat: "pid (command) state ppid ..."; the command may itself hold spaces and parentheses.
    const stat = readLines(`/proc/${pid}/stat`)?.[0];
    if (!stat) return undefined;
    const [state, ppid] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { ppid: Number(ppid), command: stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')), zombie: state === 'Z' };
  }
  try {
    const [ppid, state, ...command] = execFileSync('ps', ['-o', 'ppid=,state=,comm=', '-p', String(pid)], { encoding: 'utf8' })
      .trim()
      .split(/\s+/);
    return { ppid: Number(ppid), command: command.join(' '), zombie: state?.startsWith('Z') ?? false };
  } catch {
    return undefined; // ps exits 1 when no process has the pid
  }
}
