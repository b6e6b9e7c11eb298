import { randomUUID } from 'node:crypto';
import { type DashboardError, listDashboards, loadDashboard, parseDashboard, runDashboard } from './dashboards';
import { type AnalyticsEvent, insertEvents } from './events';
import { createTestClickHouse, type TestClickHouse } from '../test/clickhouse';

// A small marketplace whose every dashboard number is worked out by hand below. Every event is
// inserted twice (an at-least-once relay redelivers), so a dashboard that forgot FINAL double-counts.

let ch: TestClickHouse;
const at = (iso: string) => new Date(iso);

interface Order {
  id: string;
  buyer: string;
  seller: string;
  amount: number;
  fee: number;
  currency: string;
  category: string;
}
const S1 = randomUUID();
const S2 = randomUUID();
const S3 = randomUUID();
const S4 = randomUUID();
const [B1, B2, B3, B4] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()] as const;
const order = (seller: string, buyer: string, amount: number, fee: number, currency: string, category: string): Order => ({
  id: randomUUID(),
  seller,
  buyer,
  amount,
  fee,
  currency,
  category,
});

const O1 = order(S1, B1, 10_000, 1_000, 'EUR', 'cameras');
const O2 = order(S1, B2, 5_000, 600, 'EUR', 'cameras');
const O3 = order(S2, B1, 2_000, 200, 'EUR', 'books');
const O4 = order(S2, B3, 3_000, 300, 'CHF', 'books');
const O5 = order(S3, B4, 1_500, 150, 'EUR', 'fashion');
const O6 = order(S3, B2, 4_000, 400, 'EUR', 'fashion');
const O7 = order(S1, B1, 8_000, 800, 'EUR', 'cameras');
const O9 = order(S2, B2, 1_000, 100, 'EUR', 'books');
const O10 = order(S3, B3, 2_500, 250, 'EUR', 'books');

function event(type: string, aggregateType: string, aggregateId: string, iso: string, payload: Record<string, unknown>): AnalyticsEvent {
  return { event_id: randomUUID(), event_type: type, aggregate_type: aggregateType, aggregate_id: aggregateId, occurred_at: at(iso), payload };
}

/** Shaped like the API's orderEvent(). */
function orderEvent(type: string, o: Order, iso: string, extra: Record<string, unknown> = {}): AnalyticsEvent {
  return event(type, 'order', o.id, iso, {
    order_id: o.id,
    listing_id: randomUUID(),
    buyer_id: o.buyer,
    seller_id: o.seller,
    amount: o.amount,
    currency: o.currency,
    fee_amount: o.fee,
    category: o.category,
    status: type.slice('order.'.length),
    ...extra,
  });
}

function scored(orderId: string, iso: string, modelVersion: string | null, decision: 'allow' | 'review' | 'block'): AnalyticsEvent {
  return event('risk.scored', 'order', orderId, iso, { order_id: orderId, score: 50, probability: 0.5, decision, model_version: modelVersion, reasons: [] });
}

function caseOpened(caseId: string, iso: string, modelVersion: string): AnalyticsEvent {
  return event('fraud_case.opened', 'fraud_case', caseId, iso, {
    case_id: caseId,
    order_id: randomUUID(),
    subject_user_id: randomUUID(),
    risk_score: 70,
    model_version: modelVersion,
    source: 'payment',
  });
}

function caseDecided(caseId: string, iso: string, modelVersion: string, decision: 'confirm_fraud' | 'clear'): AnalyticsEvent {
  return event('fraud_case.decided', 'fraud_case', caseId, iso, {
    case_id: caseId,
    order_id: randomUUID(),
    decision,
    subject_user_id: randomUUID(),
    model_version: modelVersion,
    risk_score: 70,
  });
}

/** Shaped like buyerDisputeEvent() / the chargeback disputeEvent(). */
function disputeEvent(type: string, disputeId: string, iso: string, source: 'buyer' | 'chargeback', status: string, extra: Record<string, unknown> = {}): AnalyticsEvent {
  return event(type, 'dispute', disputeId, iso, {
    dispute_id: disputeId,
    order_id: randomUUID(),
    buyer_id: randomUUID(),
    seller_id: randomUUID(),
    source,
    status,
    reason: 'not_received',
    amount: 1000,
    currency: 'EUR',
    ...extra,
  });
}

const [F1, F2, F3, P1, P2, P3, P4] = Array.from({ length: 7 }, () => randomUUID()) as [string, string, string, string, string, string, string];
const [D1, D2, D3, D4, D5, C1, C2] = Array.from({ length: 7 }, () => randomUUID()) as [string, string, string, string, string, string, string];
const [R1, R2, R3, R4] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()] as const;
const retentionPaid = (buyer: string, iso: string) => orderEvent('order.paid', order(S4, buyer, 100, 10, 'EUR', 'toys'), iso);

const EVENTS: AnalyticsEvent[] = [
  // Orders. O6 is created one millisecond before November and paid at its first instant.
  orderEvent('order.created', O1, '2026-11-02T10:00:00Z'),
  orderEvent('order.paid', O1, '2026-11-02T10:05:00Z'),
  orderEvent('order.shipped', O1, '2026-11-03T08:00:00Z'),
  orderEvent('order.delivered', O1, '2026-11-05T08:00:00Z'),
  orderEvent('order.completed', O1, '2026-11-06T08:00:00Z'),
  orderEvent('order.created', O2, '2026-11-02T11:00:00Z'),
  orderEvent('order.paid', O2, '2026-11-02T11:01:00Z'),
  orderEvent('order.shipped', O2, '2026-11-03T08:00:00Z'),
  orderEvent('order.disputed', O2, '2026-11-05T00:00:00Z'),
  orderEvent('order.refunded', O2, '2026-11-07T00:00:00Z'),
  orderEvent('order.created', O3, '2026-11-03T09:00:00Z'),
  orderEvent('order.paid', O3, '2026-11-03T09:30:00Z'),
  orderEvent('order.shipped', O3, '2026-11-04T09:00:00Z'),
  orderEvent('order.completed', O3, '2026-11-09T09:00:00Z'),
  orderEvent('order.created', O4, '2026-11-03T11:00:00Z'),
  orderEvent('order.paid', O4, '2026-11-03T12:00:00Z'),
  orderEvent('order.disputed', O4, '2026-11-04T00:00:00Z', { reason: 'chargeback' }),
  orderEvent('order.created', O5, '2026-11-04T10:00:00Z'),
  orderEvent('order.payment_started', O5, '2026-11-04T10:01:00Z'),
  orderEvent('order.created', O6, '2026-10-31T23:59:59.999Z'),
  orderEvent('order.paid', O6, '2026-11-01T00:00:00.000Z'),
  orderEvent('order.refunded', O6, '2026-11-08T00:00:00Z'),
  orderEvent('order.created', O7, '2026-12-01T00:00:00Z'),
  orderEvent('order.paid', O7, '2026-12-01T00:00:00Z'),
  orderEvent('order.created', O9, '2026-10-15T00:00:00Z'),
  orderEvent('order.paid', O9, '2026-10-15T00:05:00Z'),
  orderEvent('order.created', O10, '2026-11-05T10:00:00Z'),
  orderEvent('order.paid', O10, '2026-11-05T10:05:00Z'),

  // Risk scores. O3 was scored twice (a retried payment) and still counts once; O9's is in October.
  scored(O1.id, '2026-11-02T10:04:00Z', 'v1', 'allow'),
  scored(O2.id, '2026-11-02T11:00:30Z', 'v1', 'review'),
  scored(O3.id, '2026-11-03T09:20:00Z', 'v1', 'allow'),
  scored(O3.id, '2026-11-03T09:29:00Z', 'v1', 'allow'),
  scored(O4.id, '2026-11-03T11:59:00Z', 'v1', 'block'),
  scored(O9.id, '2026-10-15T00:04:00Z', 'v1', 'review'),
  scored(O10.id, '2026-11-05T10:04:00Z', 'v2', 'review'),
  scored(O5.id, '2026-11-04T10:01:00Z', 'v2', 'allow'),
  scored(O6.id, '2026-11-01T00:00:00Z', 'v2', 'review'),
  scored(randomUUID(), '2026-11-10T00:00:00Z', null, 'allow'),

  // Fraud cases: F1..F3 have an opened event (time to resolution); P1..P4 only a decision.
  caseOpened(F1, '2026-11-02T10:05:00Z', 'v1'),
  caseDecided(F1, '2026-11-02T11:35:00Z', 'v1', 'clear'),
  caseOpened(F2, '2026-11-05T00:00:00Z', 'v2'),
  caseDecided(F2, '2026-11-06T00:00:00Z', 'v2', 'confirm_fraud'),
  caseOpened(F3, '2026-11-20T00:00:00Z', 'v2'),
  caseDecided(P1, '2026-11-06T00:00:00Z', 'v1', 'confirm_fraud'),
  caseDecided(P2, '2026-11-07T00:00:00Z', 'v1', 'clear'),
  caseDecided(P3, '2026-11-08T00:00:00Z', 'v2', 'confirm_fraud'),
  caseDecided(P4, '2026-12-02T00:00:00Z', 'v1', 'confirm_fraud'),

  // Disputes. Buyer: 48 h, 6 h, 30 h, one still open, one opened in October. Chargebacks: lost after
  // 240 h, and one first reported already won (0 h).
  disputeEvent('dispute.opened', D1, '2026-11-05T00:00:00Z', 'buyer', 'open'),
  disputeEvent('dispute.resolved', D1, '2026-11-07T00:00:00Z', 'buyer', 'resolved', { resolution: 'refund' }),
  disputeEvent('dispute.opened', D2, '2026-11-10T00:00:00Z', 'buyer', 'open'),
  disputeEvent('dispute.resolved', D2, '2026-11-10T06:00:00Z', 'buyer', 'resolved', { resolution: 'seller' }),
  disputeEvent('dispute.opened', D3, '2026-11-11T00:00:00Z', 'buyer', 'open'),
  disputeEvent('dispute.opened', D4, '2026-10-20T00:00:00Z', 'buyer', 'open'),
  disputeEvent('dispute.resolved', D4, '2026-11-02T00:00:00Z', 'buyer', 'resolved', { resolution: 'seller' }),
  disputeEvent('dispute.opened', D5, '2026-11-12T00:00:00Z', 'buyer', 'open'),
  disputeEvent('dispute.seller_responded', D5, '2026-11-12T03:00:00Z', 'buyer', 'open'),
  disputeEvent('dispute.resolved', D5, '2026-11-13T06:00:00Z', 'buyer', 'resolved', { resolution: 'split' }),
  disputeEvent('dispute.opened', C1, '2026-11-04T00:00:00Z', 'chargeback', 'open'),
  disputeEvent('dispute.updated', C1, '2026-11-06T00:00:00Z', 'chargeback', 'open', { previous_status: 'open' }),
  disputeEvent('dispute.updated', C1, '2026-11-14T00:00:00Z', 'chargeback', 'lost', { previous_status: 'open' }),
  disputeEvent('dispute.opened', C2, '2026-11-08T00:00:00Z', 'chargeback', 'won'),

  // Buyer cohorts, away from November: R1 and R2 start in June, R3 in May, R4 in July.
  retentionPaid(R1, '2026-06-10T00:00:00Z'),
  retentionPaid(R1, '2026-07-05T00:00:00Z'),
  retentionPaid(R1, '2026-07-20T00:00:00Z'),
  retentionPaid(R1, '2026-09-01T00:00:00Z'),
  retentionPaid(R2, '2026-06-30T23:59:59.999Z'),
  retentionPaid(R2, '2026-08-01T00:00:00Z'),
  retentionPaid(R3, '2026-05-31T23:59:59.999Z'),
  retentionPaid(R3, '2026-06-15T00:00:00Z'),
  retentionPaid(R4, '2026-07-01T00:00:00Z'),
  retentionPaid(R4, '2026-08-15T00:00:00Z'),
];

const NOVEMBER = { from: '2026-11-01T00:00:00Z', to: '2026-12-01T00:00:00Z' };

beforeAll(async () => {
  ch = await createTestClickHouse();
  await insertEvents(ch.store, EVENTS);
  await insertEvents(ch.store, EVENTS);
});

afterAll(async () => {
  await ch.drop();
});

const run = async (name: string, params: Record<string, string | number | Date>) => (await runDashboard(ch.store, name, params)).rows;

describe('the dashboards folder', () => {
  it('lists every dashboard with its question and parameters from the header', async () => {
    const all = await listDashboards();
    expect(all.map((d) => d.name)).toEqual([
      'buyer_cohort_retention',
      'dispute_rate_by_category',
      'fraud_model_precision',
      'gmv_take_rate',
      'moderation_throughput',
      'order_funnel',
      'time_to_resolution',
      'top_sellers',
    ]);
    for (const d of all) {
      expect(d.title).not.toBe('');
      expect(d.question).toMatch(/\?$/);
      expect(d.params.slice(0, 2).map((p) => [p.name, p.type])).toEqual([
        ['from', "DateTime64(3, 'UTC')"],
        ['to', "DateTime64(3, 'UTC')"],
      ]);
      // Every table read collapses redeliveries (events and the views' targets alike).
      const reads = [...d.sql.matchAll(/\{\{database\}\}\.(\w+)( FINAL)?/g)];
      expect(reads.length).toBeGreaterThan(0);
      expect(reads.filter((m) => m[2] === undefined).map((m) => m[1])).toEqual([]);
    }
    const top = await loadDashboard('top_sellers');
    expect(top.params.slice(2)).toEqual([
      { name: 'currency', type: 'String', description: 'ISO 4217 code; GMV is never summed across currencies', default: 'EUR' },
      { name: 'limit', type: 'UInt32', description: 'how many sellers', default: '10' },
    ]);
    const gmv = await loadDashboard('gmv_take_rate');
    expect(gmv.params[2]).toEqual({ name: 'interval', type: 'String', description: 'bucket width', oneOf: ['hour', 'day', 'week', 'month'], default: 'day' });
    expect(gmv.question).toBe('How much did buyers pay per period and currency (GMV), how much of it did the platform keep as its fee, and what is the take rate (fee / GMV)?');
  });
});

describe('gmv_take_rate', () => {
  it('sums GMV and fees per UTC day and currency, to the millisecond of the range', async () => {
    expect(await run('gmv_take_rate', NOVEMBER)).toEqual([
      { bucket: '2026-11-01 00:00:00', currency: 'EUR', orders: 1, gmv: 4000, fees: 400, take_rate: 0.1 },
      { bucket: '2026-11-02 00:00:00', currency: 'EUR', orders: 2, gmv: 15000, fees: 1600, take_rate: 0.1067 },
      { bucket: '2026-11-03 00:00:00', currency: 'CHF', orders: 1, gmv: 3000, fees: 300, take_rate: 0.1 },
      { bucket: '2026-11-03 00:00:00', currency: 'EUR', orders: 1, gmv: 2000, fees: 200, take_rate: 0.1 },
      { bucket: '2026-11-05 00:00:00', currency: 'EUR', orders: 1, gmv: 2500, fees: 250, take_rate: 0.1 },
    ]);
    // O6 was paid at exactly 2026-11-01T00:00:00.000Z: a `to` of that instant excludes it, one ms later includes it.
    expect(await run('gmv_take_rate', { from: '2026-10-01T00:00:00Z', to: '2026-11-01T00:00:00.000Z', interval: 'month' })).toEqual([
      { bucket: '2026-10-01 00:00:00', currency: 'EUR', orders: 1, gmv: 1000, fees: 100, take_rate: 0.1 },
    ]);
    expect(await run('gmv_take_rate', { from: '2026-11-01T00:00:00.000Z', to: '2026-11-01T00:00:00.001Z', interval: 'hour' })).toEqual([
      { bucket: '2026-11-01 00:00:00', currency: 'EUR', orders: 1, gmv: 4000, fees: 400, take_rate: 0.1 },
    ]);
  });

  it('buckets by Monday-started week and by month', async () => {
    expect(await run('gmv_take_rate', { ...NOVEMBER, interval: 'week' })).toEqual([
      { bucket: '2026-10-26 00:00:00', currency: 'EUR', orders: 1, gmv: 4000, fees: 400, take_rate: 0.1 },
      { bucket: '2026-11-02 00:00:00', currency: 'CHF', orders: 1, gmv: 3000, fees: 300, take_rate: 0.1 },
      { bucket: '2026-11-02 00:00:00', currency: 'EUR', orders: 4, gmv: 19500, fees: 2050, take_rate: 0.1051 },
    ]);
    expect(await run('gmv_take_rate', { ...NOVEMBER, interval: 'month' })).toEqual([
      { bucket: '2026-11-01 00:00:00', currency: 'CHF', orders: 1, gmv: 3000, fees: 300, take_rate: 0.1 },
      { bucket: '2026-11-01 00:00:00', currency: 'EUR', orders: 5, gmv: 23500, fees: 2450, take_rate: 0.1043 },
    ]);
  });
});

describe('order_funnel', () => {
  it('follows the orders created in the window through each stage', async () => {
    // Created in November: O1 O2 O3 O4 O5 O10 (O6 is one ms early, O7 in December).
    expect(await run('order_funnel', NOVEMBER)).toEqual([
      { stage: 'created', orders: 6, of_created: 1, of_previous: 1 },
      { stage: 'paid', orders: 5, of_created: 0.8333, of_previous: 0.8333 },
      { stage: 'shipped', orders: 3, of_created: 0.5, of_previous: 0.6 },
      { stage: 'completed', orders: 2, of_created: 0.3333, of_previous: 0.4 },
      { stage: 'disputed', orders: 2, of_created: 0.3333, of_previous: 0.4 },
      { stage: 'refunded', orders: 1, of_created: 0.1667, of_previous: 0.2 },
    ]);
  });

  it('has zero counts and no ratios for an empty window', async () => {
    const rows = await run('order_funnel', { from: '2027-01-01T00:00:00Z', to: '2027-02-01T00:00:00Z' });
    expect(rows.map((r) => [r.stage, r.orders, r.of_created, r.of_previous])).toEqual([
      ['created', 0, null, null],
      ['paid', 0, null, null],
      ['shipped', 0, null, null],
      ['completed', 0, null, null],
      ['disputed', 0, null, null],
      ['refunded', 0, null, null],
    ]);
  });
});

describe('dispute_rate_by_category', () => {
  it('divides disputed by paid orders per category, highest rate first', async () => {
    expect(await run('dispute_rate_by_category', NOVEMBER)).toEqual([
      { category: 'cameras', paid_orders: 2, disputed_orders: 1, dispute_rate: 0.5 },
      { category: 'books', paid_orders: 3, disputed_orders: 1, dispute_rate: 0.3333 },
      { category: 'fashion', paid_orders: 1, disputed_orders: 0, dispute_rate: 0 },
    ]);
  });
});

describe('fraud_model_precision', () => {
  it('gives flag rate over distinct scored orders and precision over decided cases, per model version', async () => {
    expect(await run('fraud_model_precision', NOVEMBER)).toEqual([
      { model_version: '(none)', scored_orders: 1, flagged_orders: 0, flag_rate: 0, decided_cases: 0, confirmed_fraud: 0, precision: null },
      { model_version: 'v1', scored_orders: 4, flagged_orders: 2, flag_rate: 0.5, decided_cases: 3, confirmed_fraud: 1, precision: 0.3333 },
      { model_version: 'v2', scored_orders: 3, flagged_orders: 2, flag_rate: 0.6667, decided_cases: 2, confirmed_fraud: 2, precision: 1 },
    ]);
  });
});

describe('time_to_resolution', () => {
  it('reports counts and interpolated median, p90 and mean hours per kind, for items opened in the window', async () => {
    expect(await run('time_to_resolution', NOVEMBER)).toEqual([
      // Resolved in 6, 30 and 48 h; D3 still open; D4 opened in October.
      { kind: 'buyer_dispute', opened: 4, resolved: 3, still_open: 1, median_hours: 30, p90_hours: 44.4, mean_hours: 28 },
      // 240 h and 0 h.
      { kind: 'chargeback', opened: 2, resolved: 2, still_open: 0, median_hours: 120, p90_hours: 216, mean_hours: 120 },
      // 1.5 h and 24 h; F3 open; P1..P4 have no opened event.
      { kind: 'fraud_case', opened: 3, resolved: 2, still_open: 1, median_hours: 12.75, p90_hours: 21.75, mean_hours: 12.75 },
    ]);
  });
});

describe('moderation_throughput', () => {
  it('follows the fraud cases opened in the window to their first decision, and counts first decisions made in it', async () => {
    expect(await run('moderation_throughput', NOVEMBER)).toEqual([
      // F1 after 1.5 h, F2 after 24 h, F3 waiting; first decisions in November: F1, F2, P1, P2, P3.
      { kind: 'fraud_case', entered_items: 3, decided: 2, waiting: 1, median_hours: 12.75, p90_hours: 21.75, first_decisions: 5 },
    ]);
  });
});

describe('top_sellers', () => {
  it('ranks sellers by GMV in the default currency (EUR), with disputed and refunded orders', async () => {
    expect(await run('top_sellers', NOVEMBER)).toEqual([
      { seller_id: S1, orders: 2, gmv: 15000, fees: 1600, disputed_orders: 1, refunded_orders: 1 },
      { seller_id: S3, orders: 2, gmv: 6500, fees: 650, disputed_orders: 0, refunded_orders: 1 },
      { seller_id: S2, orders: 1, gmv: 2000, fees: 200, disputed_orders: 0, refunded_orders: 0 },
    ]);
  });

  it('honours currency and limit', async () => {
    expect(await run('top_sellers', { ...NOVEMBER, limit: '1' })).toEqual([{ seller_id: S1, orders: 2, gmv: 15000, fees: 1600, disputed_orders: 1, refunded_orders: 1 }]);
    expect(await run('top_sellers', { ...NOVEMBER, currency: 'CHF' })).toEqual([{ seller_id: S2, orders: 1, gmv: 3000, fees: 300, disputed_orders: 1, refunded_orders: 0 }]);
  });
});

describe('buyer_cohort_retention', () => {
  it('puts each buyer in the month of their first paid order ever and counts them in later months', async () => {
    expect(await run('buyer_cohort_retention', { from: '2026-06-01T00:00:00Z', to: '2026-08-01T00:00:00Z' })).toEqual([
      // June: R1 and R2 (R3 bought first in May). R1 again in July (twice) and September, R2 in August.
      { cohort: '2026-06-01', month_offset: 0, buyers: 2, cohort_buyers: 2, retention: 1 },
      { cohort: '2026-06-01', month_offset: 1, buyers: 1, cohort_buyers: 2, retention: 0.5 },
      { cohort: '2026-06-01', month_offset: 2, buyers: 1, cohort_buyers: 2, retention: 0.5 },
      { cohort: '2026-06-01', month_offset: 3, buyers: 1, cohort_buyers: 2, retention: 0.5 },
      { cohort: '2026-07-01', month_offset: 0, buyers: 1, cohort_buyers: 1, retention: 1 },
      { cohort: '2026-07-01', month_offset: 1, buyers: 1, cohort_buyers: 1, retention: 1 },
    ]);
    // A cohort is in the window only if its month starts in it.
    const july = await run('buyer_cohort_retention', { from: '2026-06-15T00:00:00Z', to: '2026-08-01T00:00:00Z' });
    expect(july.map((r) => r.cohort)).toEqual(['2026-07-01', '2026-07-01']);
  });
});

describe('parameters', () => {
  const fails = async (name: string, params: Record<string, string>, code: string, message: RegExp) => {
    const error = (await runDashboard(ch.store, name, params).then(
      () => null,
      (e: unknown) => e,
    )) as DashboardError | null;
    expect(error?.name).toBe('DashboardError');
    expect(error?.code).toBe(code);
    expect(error?.message).toMatch(message);
  };

  it('names an unknown dashboard and lists the known ones', async () => {
    await fails('gmv', NOVEMBER, 'unknown_dashboard', /unknown dashboard "gmv"; dashboards: buyer_cohort_retention, .*top_sellers/);
    await fails('../migrations/0001_events', NOVEMBER, 'unknown_dashboard', /unknown dashboard/);
  });

  it('names an unknown or missing parameter', async () => {
    await fails('order_funnel', { ...NOVEMBER, form: 'x' }, 'unknown_param', /unknown parameter "form" for dashboard order_funnel; it takes: from, to/);
    await fails('order_funnel', { from: NOVEMBER.from }, 'missing_param', /missing parameter "to" \(DateTime64\(3, 'UTC'\)\) for dashboard order_funnel/);
  });

  it('rejects malformed values, naming the parameter', async () => {
    await fails('order_funnel', { ...NOVEMBER, from: '2026-11-01T00:00:00' }, 'invalid_param', /parameter "from".*with a zone/);
    await fails('order_funnel', { ...NOVEMBER, to: 'yesterday' }, 'invalid_param', /parameter "to"/);
    await fails('order_funnel', { ...NOVEMBER, to: '2026-13-45T00:00:00Z' }, 'invalid_param', /parameter "to".*: not a valid time/);
    await fails('gmv_take_rate', { ...NOVEMBER, interval: 'year' }, 'invalid_param', /parameter "interval".*"year" is not one of hour, day, week, month/);
    await fails('top_sellers', { ...NOVEMBER, limit: '-1' }, 'invalid_param', /parameter "limit".*out of range for UInt32/);
    await fails('top_sellers', { ...NOVEMBER, limit: '10; DROP TABLE x' }, 'invalid_param', /parameter "limit".*: expected an integer \(UInt32\)/);
    await fails('top_sellers', { ...NOVEMBER, limit: '4294967296' }, 'invalid_param', /out of range for UInt32/);
  });

  it('accepts a date alone as UTC midnight, and Date objects', async () => {
    expect(await run('order_funnel', { from: '2026-11-01', to: '2026-12-01' })).toEqual(await run('order_funnel', NOVEMBER));
    expect(await run('order_funnel', { from: at(NOVEMBER.from), to: at(NOVEMBER.to) })).toEqual(await run('order_funnel', NOVEMBER));
  });
});

describe('parseDashboard', () => {
  const header = "-- Title: T\n-- Question: Q?\n-- Params:\n--   {from:DateTime64(3, 'UTC')} start\n";
  const invalid = (text: string, message: RegExp) => expect(() => parseDashboard('d', text)).toThrow(message);

  it('rejects a file whose header and query disagree', () => {
    invalid(`${header}SELECT {from:DateTime64(3, 'UTC')}, {n:UInt32}`, /uses \{n:UInt32\} but the header does not declare it/);
    invalid(`${header}SELECT {from:DateTime64(3)}`, /uses \{from:DateTime64\(3\)\} but the header declares DateTime64\(3, 'UTC'\)/);
    invalid(`${header}SELECT 1`, /parameter from is declared but the query never uses it/);
    invalid("-- Title: T\n-- Params:\n--   {from:DateTime64(3, 'UTC')} start\nSELECT {from:DateTime64(3, 'UTC')}", /no "-- Question:" line/);
    invalid('-- Title: T\n-- Question: Q?\n-- Params:\n--   {x:Array(String)} xs\nSELECT {x:Array(String)}', /unsupported type Array\(String\)/);
    invalid('-- Title: T\n-- Question: Q?\n-- Params:\n--   {n:UInt8} n [default: 300]\nSELECT {n:UInt8}', /parameter "n".*out of range for UInt8/);
    invalid(`${header}SELECT {from:DateTime64(3, 'UTC')}; DROP TABLE x`, /exactly one statement/);
  });

  it('joins wrapped question and parameter lines', () => {
    const d = parseDashboard('d', '-- Title: T\n-- Question: How many\n--   widgets?\n-- Params:\n--   {n:UInt8} how many\n--     rows [default: 3]\nSELECT {n:UInt8};\n');
    expect(d).toMatchObject({ question: 'How many widgets?', params: [{ name: 'n', type: 'UInt8', description: 'how many rows', default: '3' }], sql: 'SELECT {n:UInt8}' });
  });
});
