// Child processes and cleanup for benchmarks: every child runs in its own process group so that
// stopping it also stops whatever it spawned (tsx runs the app in a grandchild), and every
// resource registers an undo step that runs on normal exit, on failure and on Ctrl-C.
import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';

type Step = { name: string; run: () => Promise<void> | void };

/** A stack of undo steps, run newest first, once, whatever ends the run. */
export function createCleanup(log: (line: string) => void = (l) => process.stderr.write(`${l}\n`)) {
  const steps: Step[] = [];
  let running: Promise<void> | null = null;

  const runAll = (): Promise<void> => {
    running ??= (async () => {
      while (steps.length) {
        const step = steps.pop()!;
        try {
          await step.run();
        } catch (err) {
          log(`cleanup: ${step.name} failed: ${err instanceof Error ? err.message : String(err)}`);
        }
      }
    })();
    return running;
  };

  const onSignal = (signal: NodeJS.Signals) => {
    log(`\n${signal}: cleaning up…`);
    void runAll().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };

  return {
    add(name: string, run: Step['run']): void {
      steps.push({ name, run });
    },
    run: runAll,
    /** Installs SIGINT/SIGTERM/SIGHUP handlers that clean up and exit. */
    installSignalHandlers(): void {
      for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.once(signal, onSignal);
    },
  };
}

export type Cleanup = ReturnType<typeof createCleanup>;

export interface Service {
  name: string;
  pid: number;
  /** null while running; otherwise a description of how it ended. */
  exitState(): string | null;
  /** The last lines it wrote, for error messages. */
  tail(lines?: number): string;
  exited: Promise<void>;
  /** SIGTERM to the process group, SIGKILL after `graceMs`. */
  stop(graceMs?: number): Promise<void>;
}

/** Starts a long-running child in its own process group, its output appended to `logFile`. */
export function startService(name: string, command: string, args: string[], opts: { env: NodeJS.ProcessEnv; cwd: string; logFile: string }): Service {
  const log = createWriteStream(opts.logFile, { flags: 'a' });
  const child: ChildProcess = spawn(command, args, { cwd: opts.cwd, env: opts.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  if (child.pid === undefined) throw new Error(`${name}: could not start ${command}`);
  const pid = child.pid;
  const recent: string[] = [];
  const keep = (chunk: Buffer) => {
    log.write(chunk);
    for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) recent.push(line);
    if (recent.length > 200) recent.splice(0, recent.length - 200);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  let state: string | null = null;
  const exited = new Promise<void>((resolve) => {
    child.once('exit', (code, signal) => {
      state = signal ? `killed by ${signal}` : `exited with code ${code}`;
      resolve();
    });
    child.once('error', (err) => {
      state = `failed: ${err.message}`;
      resolve();
    });
  });
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-pid, signal);
    } catch {
      // the group is already gone
    }
  };
  // Whatever ends this process (an exit hook elsewhere calling process.exit on Ctrl-C included),
  // the child's group goes with it: it runs detached, so no terminal signal reaches it.
  const killOnExit = () => signalGroup('SIGKILL');
  process.on('exit', killOnExit);
  void exited.then(() => {
    process.off('exit', killOnExit);
    log.end();
  });

  return {
    name,
    pid,
    exitState: () => state,
    tail: (lines = 30) => recent.slice(-lines).join('\n'),
    exited,
    async stop(graceMs = 15_000) {
      if (state === null) signalGroup('SIGTERM');
      const timer = new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), graceMs).unref());
      if ((await Promise.race([exited.then(() => 'done' as const), timer])) === 'timeout') signalGroup('SIGKILL');
      await exited;
      // Grandchildren may outlive the group leader by a moment; make sure none is left.
      signalGroup('SIGKILL');
    },
  };
}

/** Runs a command to completion, capturing its output; rejects on a non-zero exit. */
export function runCommand(
  command: string,
  args: string[],
  opts: { env?: NodeJS.ProcessEnv; cwd?: string; cleanup?: Cleanup; logFile?: string; onStart?: (pid: number) => void } = {},
): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: opts.cwd, env: opts.env ?? process.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    if (child.pid !== undefined) opts.onStart?.(child.pid);
    const log = opts.logFile ? createWriteStream(opts.logFile, { flags: 'a' }) : null;
    log?.write(`$ ${command} ${args.join(' ')}\n`);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => {
      stdout += c.toString('utf8');
      log?.write(c);
    });
    child.stderr.on('data', (c: Buffer) => {
      stderr += c.toString('utf8');
      log?.write(c);
    });
    let done = false;
    const kill = () => {
      if (!done && child.pid !== undefined) {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }
    };
    opts.cleanup?.add(`stop ${command}`, kill);
    process.on('exit', kill);
    child.once('error', (err) => {
      done = true;
      process.off('exit', kill);
      log?.end();
      reject(new Error(`${command}: ${err.message}`));
    });
    child.once('close', (code, signal) => {
      done = true;
      process.off('exit', kill);
      log?.end();
      if (code === 0) resolve({ stdout, stderr });
      else reject(new Error(`${command} ${args.join(' ')} ${signal ? `was killed by ${signal}` : `exited with code ${code}`}\n${stderr.trim().split('\n').slice(-15).join('\n')}`));
    });
  });
}
