import { insertEvents } from './events';
import { salesMetrics } from './sales';
import { createTestClickHouse, type TestClickHouse } from '../test/clickhouse';
import { orderPaidEvent } from '../test/factories';

let ch: TestClickHouse;

const at = (iso: string) => new Date(iso);

beforeAll(async () => {
  ch = await createTestClickHouse();
  const paid = [
    orderPaidEvent({ amount: 1000, currency: 'EUR', occurred_at: at('2026-11-21T10:00:00.000Z') }),
    orderPaidEvent({ amount: 2500, currency: 'EUR', occurred_at: at('2026-11-21T10:59:59.999Z') }),
    orderPaidEvent({ amount: 700, currency: 'CHF', occurred_at: at('2026-11-21T10:30:00.000Z') }),
    orderPaidEvent({ amount: 300, currency: 'EUR', occurred_at: at('2026-11-21T11:00:00.000Z') }),
    orderPaidEvent({ amount: 5000, currency: 'EUR', occurred_at: at('2026-11-22T09:00:00.000Z') }),
  ];
  const created = { ...orderPaidEvent({ amount: 99_999 }), event_type: 'order.created' };
  await insertEvents(ch.store, [...paid, created]);
  // A redelivery of everything, as an at-least-once relay may produce.
  await insertEvents(ch.store, paid);
});

afterAll(async () => {
  await ch.drop();
});

describe('salesMetrics', () => {
  it('buckets paid orders by hour and currency, sorted, ignoring other events and replays', async () => {
    const rows = await salesMetrics(ch.store, {
      from: at('2026-11-21T00:00:00Z'),
      to: at('2026-11-22T00:00:00Z'),
      interval: 'hour',
    });
    expect(rows).toEqual([
      { bucket: '2026-11-21T10:00:00.000Z', currency: 'CHF', orders: 1, gmv: 700 },
      { bucket: '2026-11-21T10:00:00.000Z', currency: 'EUR', orders: 2, gmv: 3500 },
      { bucket: '2026-11-21T11:00:00.000Z', currency: 'EUR', orders: 1, gmv: 300 },
    ]);
  });

  it('buckets by UTC day', async () => {
    const rows = await salesMetrics(ch.store, {
      from: at('2026-11-20T00:00:00Z'),
      to: at('2026-11-23T00:00:00Z'),
      interval: 'day',
    });
    expect(rows).toEqual([
      { bucket: '2026-11-21T00:00:00.000Z', currency: 'CHF', orders: 1, gmv: 700 },
      { bucket: '2026-11-21T00:00:00.000Z', currency: 'EUR', orders: 3, gmv: 3800 },
      { bucket: '2026-11-22T00:00:00.000Z', currency: 'EUR', orders: 1, gmv: 5000 },
    ]);
  });

  it('treats the range as [from, to) to the millisecond', async () => {
    const rows = await salesMetrics(ch.store, {
      from: at('2026-11-21T10:00:00.001Z'),
      to: at('2026-11-21T11:00:00.000Z'),
      interval: 'hour',
    });
    expect(rows).toEqual([
      { bucket: '2026-11-21T10:00:00.000Z', currency: 'CHF', orders: 1, gmv: 700 },
      { bucket: '2026-11-21T10:00:00.000Z', currency: 'EUR', orders: 1, gmv: 2500 },
    ]);
  });

  it('returns nothing for an empty range', async () => {
    const to = at('2026-11-21T10:00:00Z');
    expect(await salesMetrics(ch.store, { from: to, to, interval: 'hour' })).toEqual([]);
  });

  it('rejects an unknown interval and invalid dates', async () => {
    const from = at('2026-11-21T00:00:00Z');
    await expect(salesMetrics(ch.store, { from, to: from, interval: 'week' as 'day' })).rejects.toThrow(RangeError);
    await expect(salesMetrics(ch.store, { from: at('nope'), to: from, interval: 'day' })).rejects.toThrow(RangeError);
  });
});
