import { createGate } from './hash-gate';

const deferred = () => {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
};

test('runs at most `concurrency` tasks, queues up to `queue`, refuses the rest at once', async () => {
  const gate = createGate(2, 1, () => new Error('full'));
  const tasks = [deferred(), deferred(), deferred()];
  const order: number[] = [];
  const runs = tasks.map((t, i) =>
    gate.run(async () => {
      order.push(i);
      await t.promise;
      return i;
    }),
  );
  expect(gate.stats()).toEqual({ running: 2, queued: 1, peak: 2 });
  await expect(gate.run(async () => 'late')).rejects.toThrow('full');

  tasks[1]!.resolve();
  expect(await runs[1]).toBe(1);
  // The freed slot went to the waiting task, not to a newcomer.
  expect(gate.stats()).toEqual({ running: 2, queued: 0, peak: 2 });
  expect(order).toEqual([0, 1, 2]);

  tasks[0]!.resolve();
  tasks[2]!.resolve();
  expect(await Promise.all(runs)).toEqual([0, 1, 2]);
  expect(gate.stats()).toEqual({ running: 0, queued: 0, peak: 2 });
});

test('a failing task frees its slot', async () => {
  const gate = createGate(1, 0, () => new Error('full'));
  await expect(
    gate.run(async () => {
      throw new Error('boom');
    }),
  ).rejects.toThrow('boom');
  expect(await gate.run(async () => 'next')).toBe('next');
  expect(gate.stats().running).toBe(0);
});
