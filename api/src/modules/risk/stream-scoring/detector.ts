import type { AnalyticsStore } from '@agora/analytics';

/** The span a detector looks at: [from, to], `to` being the worker's now (an event committed at that instant counts). */
export interface ScoringWindow {
  from: Date;
  to: Date;
}

/** An order as evidence: the rows of `order.paid` that made a detector fire. */
export interface EvidenceOrder {
  order_id: string;
  buyer_id: string;
  seller_id: string;
  amount: { amount: number; currency: string };
  paid_at: string;
}

export interface EvidenceReview {
  review_id: string;
  order_id: string;
  author_id: string;
  subject_id: string;
  rating: number;
  submitted_at: string;
}

/** What a case shows a human: the window, the counts compared with thresholds, and the rows behind them. */
export interface Evidence {
  window: { from: string; to: string };
  counts: Record<string, number>;
  thresholds: Record<string, number>;
  accounts: { user_id: string; role: string; orders?: number; reviews?: number }[];
  orders?: EvidenceOrder[];
  reviews?: EvidenceReview[];
  link?: { kind: 'device' | 'card'; hash: string };
}

/** What a detector found: one case to open unless one is already open (or was cleared lately) for detector + subject_key. */
export interface Finding {
  detector: string;
  /** Stable across reruns over overlapping windows: a seller id, `card:<hash>`, `ring:<member>`. */
  subjectKey: string;
  /** The account a confirmation suspends. */
  subjectUserId: string;
  score: number;
  reason: string;
  evidence: Evidence;
}

export interface Detector {
  name: string;
  detect(store: AnalyticsStore, now: Date): Promise<Finding[]>;
}

/** Model version recorded on the case: which detector logic produced it. */
export const detectorVersion = (name: string) => `stream:${name}@v1`;

/** Evidence rows kept per case: enough to investigate, bounded so one huge burst stays a small row. */
export const EVIDENCE_ROWS = 100;

export const windowBack = (now: Date, ms: number): ScoringWindow => ({ from: new Date(now.getTime() - ms), to: now });

/** Window bounds as typed parameters: epoch milliseconds (the embedded engine binds Dates to whole seconds). */
export const windowParams = (w: ScoringWindow) => ({ from_ms: w.from.getTime(), to_ms: w.to.getTime() });

export const windowJson = (w: ScoringWindow) => ({ from: w.from.toISOString(), to: w.to.toISOString() });

/**
 * 0–100 like the payment-time score: 60 at the threshold, +10 per doubling past it, at most 95 (a
 * detector is a strong hint, never proof).
 */
export function scaleScore(value: number, threshold: number): number {
  const ratio = Math.max(value, 1) / Math.max(threshold, 1);
  return Math.min(95, Math.max(60, Math.round(60 + 10 * Math.log2(ratio))));
}

/** The SQL expression and row mapping for `order.paid` evidence tuples (see `toOrders`). */
export const ORDER_TUPLE = `tuple(toString(aggregate_id), toString(buyer_id), toString(seller_id), amount, currency, toUnixTimestamp64Milli(occurred_at))`;

/** One ORDER_TUPLE as JSONEachRow returns it (64-bit integers quoted). */
export type OrderTuple = [string, string, string, string | number, string, string | number];

export function toOrders(rows: OrderTuple[]): EvidenceOrder[] {
  return rows
    .map(([order_id, buyer_id, seller_id, amount, currency, at]) => ({
      order_id,
      buyer_id,
      seller_id,
      amount: { amount: Number(amount), currency },
      paid_at: new Date(Number(at)).toISOString(),
    }))
    .sort((a, b) => a.paid_at.localeCompare(b.paid_at) || a.order_id.localeCompare(b.order_id));
}

/** Runs a parameterised query over `events` and returns its rows. */
export async function query<T>(store: AnalyticsStore, sql: string, params: Record<string, unknown>): Promise<T[]> {
  const result = await store.client.query({ query: sql, query_params: params, format: 'JSONEachRow' });
  return result.json<T>();
}

/** The accounts of a set of orders, most orders first, as buyers. */
export function buyersOf(orders: EvidenceOrder[]): { user_id: string; role: string; orders: number }[] {
  const counts = new Map<string, number>();
  for (const o of orders) counts.set(o.buyer_id, (counts.get(o.buyer_id) ?? 0) + 1);
  return [...counts].map(([user_id, n]) => ({ user_id, role: 'buyer', orders: n })).sort((a, b) => b.orders - a.orders || a.user_id.localeCompare(b.user_id));
}
