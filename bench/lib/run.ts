import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from './app';
import { machineInfo } from './machine';
import type { Cleanup } from './processes';

/**
 * What every benchmark run starts with: its start time and file stamp, the results folder, the
 * machine it ran on, and a temporary folder removed by `cleanup` — and on any process exit, since
 * embedded servers may exit the process on a signal before the cleanup runs.
 */
export function startRun(name: string, cleanup: Cleanup) {
  const startedAt = new Date();
  const stamp = startedAt.toISOString().replace(/[:.]/g, '-');
  const resultsDir = path.join(REPO_ROOT, 'bench', 'results');
  mkdirSync(resultsDir, { recursive: true });
  const machine = machineInfo(REPO_ROOT);
  const tmp = mkdtempSync(path.join(tmpdir(), `agora-bench-${name}-`));
  cleanup.add('remove temp dir', () => rmSync(tmp, { recursive: true, force: true }));
  process.once('exit', () => rmSync(tmp, { recursive: true, force: true }));
  return { startedAt, stamp, resultsDir, machine, tmp };
}
