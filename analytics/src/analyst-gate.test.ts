import { createAnalystGate } from './analyst-gate';
import type { AnalystQueryError } from './analyst-errors';

// The gate alone: who gets the next free slot, and what is refused. Slots are released by hand, so
// the order is the gate's, not the clock's.

const settle = () => new Promise((resolve) => setImmediate(resolve));

function tracked(gate: ReturnType<typeof createAnalystGate>, order: string[], analyst: string, label: string) {
  return gate.acquire(analyst).then((release) => {
    order.push(label);
    return release;
  });
}

describe('createAnalystGate', () => {
  it('gives one analyst at most perAnalyst slots and another analyst a free slot at once', async () => {
    const gate = createAnalystGate({ maxRunning: 2, perAnalyst: 1, maxQueuedPerAnalyst: 5, queueTimeoutMs: 60_000 });
    const order: string[] = [];
    const a1 = tracked(gate, order, 'a', 'a1');
    const a2 = tracked(gate, order, 'a', 'a2');
    const b1 = tracked(gate, order, 'b', 'b1');
    await settle();
    expect(order).toEqual(['a1', 'b1']);
    (await a1)();
    await settle();
    expect(order).toEqual(['a1', 'b1', 'a2']);
    (await b1)();
    (await a2)();
  });

  it('serves waiting analysts in turn when slots free up (round robin), not in arrival order', async () => {
    const gate = createAnalystGate({ maxRunning: 1, perAnalyst: 1, maxQueuedPerAnalyst: 5, queueTimeoutMs: 60_000 });
    const order: string[] = [];
    const first = tracked(gate, order, 'a', 'a1');
    const labels = ['a2', 'a3', 'b1', 'c1', 'b2'];
    const waiting = labels.map((label) => tracked(gate, order, label[0]!, label));
    await settle();
    let release = await first;
    for (let i = 0; i < labels.length; i++) {
      release();
      await settle();
      // Whoever was granted last holds the only slot: release that one next.
      release = await waiting[labels.indexOf(order[order.length - 1]!)]!;
    }
    release();
    expect(order).toEqual(['a1', 'a2', 'b1', 'c1', 'a3', 'b2']);
  });

  it("refuses past an analyst's queue (too_many_queries) and times a wait out (queue_timeout)", async () => {
    const gate = createAnalystGate({ maxRunning: 1, perAnalyst: 1, maxQueuedPerAnalyst: 1, queueTimeoutMs: 20 });
    const held = await gate.acquire('a');
    const waiting = gate.acquire('a');
    await expect(gate.acquire('a')).rejects.toMatchObject({ code: 'too_many_queries' } satisfies Partial<AnalystQueryError>);
    await expect(waiting).rejects.toMatchObject({ code: 'queue_timeout' });
    // The timed-out waiter left the queue: the next one waits in its place and gets the slot.
    const next = gate.acquire('a');
    held();
    held(); // a second release changes nothing
    const release = await next;
    const other = gate.acquire('b');
    let granted = false;
    void other.then(
      () => (granted = true),
      () => undefined,
    );
    await settle();
    expect(granted).toBe(false);
    release();
    (await other)();
  });
});
