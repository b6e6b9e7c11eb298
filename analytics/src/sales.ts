import type { AnalyticsStore } from './clickhouse';

export type SalesInterval = 'hour' | 'day';

export interface SalesQuery {
  from: Date;
  to: Date;
  interval: SalesInterval;
}

export interface SalesBucket {
  /** Bucket start, ISO 8601 UTC. */
  bucket: string;
  currency: string;
  orders: number;
  /** Sum of paid amounts in minor units. */
  gmv: number;
}

// Fixed-width buckets counted from the Unix epoch, which in UTC is midnight-aligned.
const BUCKET_SECONDS: Record<SalesInterval, number> = { hour: 3_600, day: 86_400 };

/**
 * Paid orders and GMV per bucket and currency over [from, to), from `paid_sales` (one row per
 * `order.paid`, sorted by hour; migration 0005). FINAL collapses redelivered events, so replays
 * never change the numbers.
 */
export async function salesMetrics(store: AnalyticsStore, q: SalesQuery): Promise<SalesBucket[]> {
  const bucketSeconds = BUCKET_SECONDS[q.interval];
  if (bucketSeconds === undefined) throw new RangeError(`unknown interval ${JSON.stringify(q.interval)}`);
  if (Number.isNaN(q.from.getTime()) || Number.isNaN(q.to.getTime())) throw new RangeError('invalid from/to date');
  // Times travel as epoch milliseconds: the embedded connection binds a Date parameter with
  // whole seconds only, which would move a bound by up to 999 ms.
  const result = await store.client.query({
    query: `
      SELECT toUnixTimestamp(toStartOfInterval(paid_at, toIntervalSecond({bucket_seconds:UInt32}))) AS bucket_s,
             currency,
             count() AS orders,
             sum(amount) AS gmv
      FROM ${store.database}.paid_sales FINAL
      WHERE paid_at >= fromUnixTimestamp64Milli({from_ms:Int64}, 'UTC')
        AND paid_at < fromUnixTimestamp64Milli({to_ms:Int64}, 'UTC')
      GROUP BY bucket_s, currency
      ORDER BY bucket_s, currency`,
    query_params: { bucket_seconds: bucketSeconds, from_ms: q.from.getTime(), to_ms: q.to.getTime() },
    format: 'JSONEachRow',
  });
  const rows = await result.json<{ bucket_s: number; currency: string; orders: string; gmv: string }>();
  return rows.map((row) => ({
    bucket: new Date(row.bucket_s * 1000).toISOString(),
    currency: row.currency,
    orders: Number(row.orders),
    gmv: Number(row.gmv),
  }));
}
