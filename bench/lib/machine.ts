// What a benchmark ran on, and where the CPU went while it ran. On a shared 2-core machine the
// split between load generator, app, database and everyone else explains most numbers.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import os from 'node:os';

export interface MachineInfo {
  hostname: string;
  platform: string;
  kernel: string;
  cpuCount: number;
  cpuModel: string;
  memoryGiB: number;
  loadAverageAtStart: number[];
  node: string;
  gitCommit: string | null;
  gitDirty: boolean | null;
}

export function machineInfo(cwd: string): MachineInfo {
  const git = (args: string[]) => {
    try {
      return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      return null;
    }
  };
  const status = git(['status', '--porcelain', '--untracked-files=no']);
  return {
    hostname: os.hostname(),
    platform: `${os.platform()} ${os.arch()}`,
    kernel: os.release(),
    cpuCount: os.availableParallelism?.() ?? os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    loadAverageAtStart: os.loadavg().map((x) => Math.round(x * 100) / 100),
    node: process.version,
    gitCommit: git(['rev-parse', 'HEAD']),
    gitDirty: status === null ? null : status.length > 0,
  };
}

const TICKS_PER_SECOND = 100; // USER_HZ; 100 on every Linux distribution we run on

interface ProcStat {
  pid: number;
  ppid: number;
  ticks: number;
}

/** utime + stime of a /proc/…/stat line, with its parent pid and command name. */
function parseStat(text: string): { comm: string; ppid: number; ticks: number } {
  // The command name (field 2) may contain spaces and parentheses: split after the last ')'.
  const close = text.lastIndexOf(')');
  const fields = text.slice(close + 2).split(' ');
  // fields[0] is field 3 (state): ppid is field 4, utime 14, stime 15.
  return { comm: text.slice(text.indexOf('(') + 1, close), ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) };
}

function readProcStats(): ProcStat[] | null {
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((e) => /^\d+$/.test(e));
  } catch {
    return null;
  }
  const stats: ProcStat[] = [];
  for (const e of entries) {
    try {
      const { ppid, ticks } = parseStat(readFileSync(`/proc/${e}/stat`, 'utf8'));
      stats.push({ pid: Number(e), ppid, ticks });
    } catch {
      // the process ended while we looked
    }
  }
  return stats;
}

/** Pids of each named tree: the root and all its descendants alive now. */
function treePids(stats: ProcStat[], roots: Record<string, number | null>): Record<string, number[]> {
  const children = new Map<number, number[]>();
  for (const s of stats) {
    const list = children.get(s.ppid) ?? [];
    list.push(s.pid);
    children.set(s.ppid, list);
  }
  const alive = new Set(stats.map((s) => s.pid));
  const out: Record<string, number[]> = {};
  for (const [name, root] of Object.entries(roots)) {
    out[name] = [];
    if (root === null || !alive.has(root)) continue;
    const stack = [root];
    while (stack.length) {
      const pid = stack.pop()!;
      out[name].push(pid);
      stack.push(...(children.get(pid) ?? []));
    }
  }
  return out;
}

/** Ticks per thread of `pids`, keyed by thread name with digits folded ("pool-3" → "pool-#"). */
function threadTicks(pids: number[]): Map<string, { name: string; ticks: number }> {
  const out = new Map<string, { name: string; ticks: number }>();
  for (const pid of pids) {
    let tids: string[];
    try {
      tids = readdirSync(`/proc/${pid}/task`);
    } catch {
      continue;
    }
    for (const tid of tids) {
      try {
        const { comm, ticks } = parseStat(readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8'));
        out.set(`${pid}/${tid}`, { name: comm.replace(/\d+/g, '#'), ticks });
      } catch {
        // the thread ended while we looked
      }
    }
  }
  return out;
}

function machineBusySeconds(): number | null {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0]!;
    const [, ...values] = line.trim().split(/\s+/);
    const [user, nice, system, , , irq, softirq, steal] = values.map(Number);
    return ((user ?? 0) + (nice ?? 0) + (system ?? 0) + (irq ?? 0) + (softirq ?? 0) + (steal ?? 0)) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}

function exitedChildrenSeconds(): number | null {
  try {
    const text = readFileSync('/proc/self/stat', 'utf8');
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    // cutime is field 16, cstime 17 (fields[0] is field 3).
    return (Number(fields[13]) + Number(fields[14])) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}

/** Cores in use on average over an interval, by name; null where it could not be measured. */
export interface CpuSplit {
  seconds: number;
  cores: Record<string, number | null>;
  /** For trees asked about: cores by thread name, busiest first. */
  threads: Record<string, Record<string, number>>;
}

export interface CpuPhase {
  end(): CpuSplit;
}

/**
 * Meters CPU over a phase: named process trees (by root pid, e.g. the app and the postmaster with
 * its backends), this process (the load generator), reaped children (a finished pgbench), the whole
 * machine, and what is left: other tenants of a shared machine. Trees are sampled every 200 ms, so
 * a backend that comes and goes between samples is missed, one that ends loses < 200 ms.
 * Linux only; elsewhere the cores are null.
 */
export function createCpuMeter(roots: () => Record<string, number | null>, opts: { threadsOf?: string[] } = {}) {
  return {
    begin(): CpuPhase {
      const t0 = performance.now();
      const self0 = process.cpuUsage();
      const children0 = exitedChildrenSeconds();
      const machine0 = machineBusySeconds();
      // Per tree: first and last ticks seen of each pid; per thread likewise.
      const first = new Map<string, Map<number, number>>();
      const last = new Map<string, Map<number, number>>();
      const threadFirst = new Map<string, Map<string, number>>();
      const threadLast = new Map<string, Map<string, { name: string; ticks: number }>>();
      let linux = true;
      const sample = (initial: boolean) => {
        const stats = readProcStats();
        if (!stats) {
          linux = false;
          return;
        }
        const ticks = new Map(stats.map((s) => [s.pid, s.ticks]));
        for (const [name, pids] of Object.entries(treePids(stats, roots()))) {
          const f = first.get(name) ?? new Map<number, number>();
          const l = last.get(name) ?? new Map<number, number>();
          for (const pid of pids) {
            if (!f.has(pid)) f.set(pid, initial ? ticks.get(pid)! : 0);
            l.set(pid, ticks.get(pid)!);
          }
          first.set(name, f);
          last.set(name, l);
          if (opts.threadsOf?.includes(name)) {
            const tf = threadFirst.get(name) ?? new Map<string, number>();
            const tl = threadLast.get(name) ?? new Map<string, { name: string; ticks: number }>();
            for (const [key, t] of threadTicks(pids)) {
              if (!tf.has(key)) tf.set(key, initial ? t.ticks : 0);
              tl.set(key, t);
            }
            threadFirst.set(name, tf);
            threadLast.set(name, tl);
          }
        }
      };
      sample(true);
      const timer = setInterval(() => sample(false), 200);
      timer.unref();
      return {
        end(): CpuSplit {
          clearInterval(timer);
          sample(false);
          const seconds = (performance.now() - t0) / 1000;
          const cores: Record<string, number | null> = {};
          let known = 0;
          for (const name of Object.keys(roots())) {
            const l = last.get(name);
            if (!linux || !l || l.size === 0) {
              cores[name] = null;
              continue;
            }
            let ticks = 0;
            for (const [pid, t] of l) ticks += t - (first.get(name)!.get(pid) ?? 0);
            cores[name] = ticks / TICKS_PER_SECOND / seconds;
            known += cores[name];
          }
          const self = process.cpuUsage(self0);
          cores['load generator'] = (self.user + self.system) / 1e6 / seconds;
          known += cores['load generator'];
          const children1 = exitedChildrenSeconds();
          if (children0 !== null && children1 !== null && children1 > children0) {
            cores['exited child processes'] = (children1 - children0) / seconds;
            known += cores['exited child processes'];
          }
          const machine1 = machineBusySeconds();
          const machine = machine0 === null || machine1 === null ? null : (machine1 - machine0) / seconds;
          cores.machine = machine;
          cores['other (not this run)'] = machine === null ? null : Math.max(0, machine - known);
          const threads: Record<string, Record<string, number>> = {};
          for (const [tree, tl] of threadLast) {
            const byName = new Map<string, number>();
            for (const [key, t] of tl) byName.set(t.name, (byName.get(t.name) ?? 0) + (t.ticks - (threadFirst.get(tree)!.get(key) ?? 0)));
            threads[tree] = Object.fromEntries(
              [...byName]
                .filter(([, ticks]) => ticks > 0)
                .sort((a, b) => b[1] - a[1])
                .map(([n, ticks]) => [n, Math.round((ticks / TICKS_PER_SECOND / seconds) * 1000) / 1000]),
            );
          }
          return { seconds, cores, threads };
        },
      };
    },
  };
}
