import type { SalesBucket, SalesInterval } from '../types';
import { minorToMajor } from './money';

export type SalesRange = '24h' | '7d' | '30d';

export const RANGE_HOURS: Record<SalesRange, number> = { '24h': 24, '7d': 24 * 7, '30d': 24 * 30 };

/** A sensible default granularity per range (the user can still switch). */
export const DEFAULT_INTERVAL: Record<SalesRange, SalesInterval> = { '24h': 'hour', '7d': 'day', '30d': 'day' };

const STEP_MS: Record<SalesInterval, number> = { hour: 3_600_000, day: 86_400_000 };

export function windowFor(range: SalesRange, now: Date = new Date()): { from: string; to: string } {
  // Round up to the next whole minute, so sales from the current minute are inside the window.
  const to = new Date(now);
  to.setUTCSeconds(60, 0);
  const from = new Date(to.getTime() - RANGE_HOURS[range] * 3_600_000);
  return { from: from.toISOString(), to: to.toISOString() };
}

/** One chart row per bucket: `gmv_<CUR>` in major units, `orders_<CUR>` counts. */
export type ChartRow = { ts: number; [series: string]: number };

export type SalesSummary = {
  totalOrders: number;
  /** currency → { gmv in minor units, orders } */
  byCurrency: { currency: string; gmv: number; orders: number }[];
};

export function currenciesOf(buckets: SalesBucket[]): string[] {
  return [...new Set(buckets.map((b) => b.currency))].sort();
}

/**
 * Pivots the API's (bucket, currency) rows into chart rows and fills empty buckets with
 * zeros (UTC-aligned slots between `from` and `to`), so lines do not bridge quiet hours.
 */
export function toChartRows(buckets: SalesBucket[], interval: SalesInterval, from: string, to: string): ChartRow[] {
  const currencies = currenciesOf(buckets);
  const zero = (ts: number): ChartRow => {
    const row: ChartRow = { ts };
    for (const c of currencies) {
      row[`gmv_${c}`] = 0;
      row[`orders_${c}`] = 0;
    }
    return row;
  };
  const rows = new Map<number, ChartRow>();
  const step = STEP_MS[interval];
  const start = Math.floor(Date.parse(from) / step) * step;
  const end = Date.parse(to);
  if (Number.isFinite(start) && Number.isFinite(end) && (end - start) / step <= 2000) {
    for (let ts = start; ts < end; ts += step) rows.set(ts, zero(ts));
  }
  for (const b of buckets) {
    const ts = Date.parse(b.bucket);
    if (!Number.isFinite(ts)) continue;
    const row = rows.get(ts) ?? zero(ts);
    row[`gmv_${b.currency}`] = (row[`gmv_${b.currency}`] ?? 0) + minorToMajor(b.gmv, b.currency);
    row[`orders_${b.currency}`] = (row[`orders_${b.currency}`] ?? 0) + b.orders;
    rows.set(ts, row);
  }
  return [...rows.values()].sort((a, b) => a.ts - b.ts);
}

export function summarize(buckets: SalesBucket[]): SalesSummary {
  const by = new Map<string, { currency: string; gmv: number; orders: number }>();
  let totalOrders = 0;
  for (const b of buckets) {
    totalOrders += b.orders;
    const cur = by.get(b.currency) ?? { currency: b.currency, gmv: 0, orders: 0 };
    cur.gmv += b.gmv;
    cur.orders += b.orders;
    by.set(b.currency, cur);
  }
  return { totalOrders, byCurrency: [...by.values()].sort((a, b) => a.currency.localeCompare(b.currency)) };
}
