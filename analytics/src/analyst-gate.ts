import { AnalystQueryError } from './analyst-errors';

// Fair use of the analyst SQL page: at most `maxRunning` statements at once (the read-only
// connections), at most `perAnalyst` of them one analyst's. Further statements wait in their
// analyst's queue; free slots go to the queues in turn (round robin), so one analyst's backlog never
// holds up another's next statement. A queue is bounded, and a wait is bounded in time.

export interface AnalystGateOptions {
  maxRunning: number;
  perAnalyst: number;
  maxQueuedPerAnalyst: number;
  queueTimeoutMs: number;
}

export interface AnalystGate {
  /** Resolves to the function that frees the slot; throws too_many_queries or queue_timeout. */
  acquire(analyst: string): Promise<() => void>;
}

interface Waiter {
  grant: () => void;
  timer: NodeJS.Timeout;
}

export function createAnalystGate(options: AnalystGateOptions): AnalystGate {
  const running = new Map<string, number>();
  let total = 0;
  // Insertion order is the turn order: a queue that is served moves to the back.
  const queues = new Map<string, Waiter[]>();

  const start = (analyst: string) => {
    running.set(analyst, (running.get(analyst) ?? 0) + 1);
    total++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const left = running.get(analyst)! - 1;
      if (left === 0) running.delete(analyst);
      else running.set(analyst, left);
      total--;
      pump();
    };
  };

  function pump(): void {
    while (total < options.maxRunning) {
      const turn = [...queues].find(([analyst]) => (running.get(analyst) ?? 0) < options.perAnalyst);
      if (!turn) return;
      const [analyst, waiters] = turn;
      const waiter = waiters.shift()!;
      queues.delete(analyst);
      if (waiters.length > 0) queues.set(analyst, waiters);
      clearTimeout(waiter.timer);
      waiter.grant();
    }
  }

  return {
    acquire(analyst) {
      const waiters = queues.get(analyst) ?? [];
      if (waiters.length >= options.maxQueuedPerAnalyst) {
        return Promise.reject(
          new AnalystQueryError(
            'too_many_queries',
            `at most ${options.perAnalyst} of your queries run at once and ${options.maxQueuedPerAnalyst} wait; retry when one has finished`,
          ),
        );
      }
      return new Promise((resolve, reject) => {
        const waiter: Waiter = {
          grant: () => resolve(start(analyst)),
          timer: setTimeout(() => {
            const queue = queues.get(analyst) ?? [];
            queue.splice(queue.indexOf(waiter), 1);
            if (queue.length === 0) queues.delete(analyst);
            reject(new AnalystQueryError('queue_timeout', `the query waited ${options.queueTimeoutMs} ms for a free slot; retry later`));
          }, options.queueTimeoutMs),
        };
        waiters.push(waiter);
        if (!queues.has(analyst)) queues.set(analyst, waiters);
        pump();
      });
    },
  };
}
