/**
 * At most `concurrency` tasks at once and `queue` waiting: beyond that `run` refuses at once (with the
 * error `full()` makes) rather than letting work pile up without bound. Password hashing goes through
 * one, so a burst of logins cannot take every libuv thread from file I/O and the embedded ClickHouse.
 */
export interface Gate {
  run<T>(task: () => Promise<T>): Promise<T>;
  /** Running now, waiting now, and the most ever running at once (what tests assert on). */
  stats(): { running: number; queued: number; peak: number };
}

export function createGate(concurrency: number, queue: number, full: () => Error): Gate {
  let running = 0;
  let peak = 0;
  const waiting: (() => void)[] = [];
  return {
    async run(task) {
      if (running >= concurrency) {
        if (waiting.length >= queue) throw full();
        // A released slot passes straight to the next waiter, so `running` never exceeds `concurrency`.
        await new Promise<void>((resolve) => waiting.push(resolve));
      } else running += 1;
      peak = Math.max(peak, running);
      try {
        return await task();
      } finally {
        if (waiting.length > 0) waiting.shift()!();
        else running -= 1;
      }
    },
    stats: () => ({ running, queued: waiting.length, peak }),
  };
}
