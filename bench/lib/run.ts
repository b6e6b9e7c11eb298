import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from './app';
import { machineInfo } from './machine';
import type { Cleanup } from './processes';
import { renderMarkdown, renderText, type Table } from './table';

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

export interface RunResults {
  resultsDir: string;
  /** File names: `<name>-<stamp>.json` (when a report is given) and `<latest>.md`. */
  name: string;
  stamp: string;
  title: string;
  command: string;
  headerLines: readonly string[];
  tables: readonly Table[];
  report?: unknown;
  latest?: string;
}

/** Writes a run's JSON report and its markdown summary under bench/results/, and prints the summary. */
export function writeResults(r: RunResults): void {
  const written: string[] = [];
  if (r.report !== undefined) {
    const jsonPath = path.join(r.resultsDir, `${r.name}-${r.stamp}.json`);
    writeFileSync(jsonPath, `${JSON.stringify(r.report, null, 2)}\n`);
    written.push(path.relative(process.cwd(), jsonPath));
  }
  const mdPath = path.join(r.resultsDir, `${r.latest ?? `${r.name}-latest`}.md`);
  writeFileSync(mdPath, `### ${r.title} (\`${r.command.split(' --')[0]}\`)\n\n${r.headerLines.join('  \n')}  \n\`${r.command}\`\n\n${r.tables.map(renderMarkdown).join('\n\n')}\n`);
  written.push(path.relative(process.cwd(), mdPath));
  process.stdout.write(`\n${r.headerLines.join('\n')}\n\n${r.tables.map(renderText).join('\n\n')}\n\nwrote ${written.join(' and ')}\n`);
}

/** Runs a benchmark's main on the command-line arguments and exits with its code, or 1 with the stack. */
export function runBench(name: string, main: (argv: string[]) => Promise<number>): void {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err) => {
      process.stderr.write(`[${name}] failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
      process.exit(1);
    },
  );
}
