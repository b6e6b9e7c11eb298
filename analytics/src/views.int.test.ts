import { randomUUID } from 'node:crypto';
import { type AnalyticsEvent, insertEvents } from './events';
import { runDashboard } from './dashboards';
import { migrateClickHouse } from './migrate';
import { createTestClickHouse, queryRows, type TestClickHouse } from '../test/clickhouse';

// The materialized views fire on every insert and the relay is at-least-once, so each event
// below reaches the views three times (alone, then twice in batches). Every number must still
// be the once-only one.

let ch: TestClickHouse;
let db: string;

const event = (type: string, aggregateType: string, aggregateId: string, iso: string, payload: Record<string, unknown>): AnalyticsEvent => ({
  event_id: randomUUID(),
  event_type: type,
  aggregate_type: aggregateType,
  aggregate_id: aggregateId,
  occurred_at: new Date(iso),
  payload,
});

const [ORDER, OTHER, SELLER, MOVED, BUYER, DISPUTE, CASE, LISTING, REVIEW] = Array.from({ length: 9 }, () => randomUUID()) as [
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
];
const orderEvent = (type: string, id: string, seller: string, iso: string, amount: number, category: string) =>
  event(type, 'order', id, iso, { order_id: id, seller_id: seller, buyer_id: BUYER, amount, fee_amount: amount / 10, currency: 'EUR', category });

const EVENTS: AnalyticsEvent[] = [
  orderEvent('order.created', ORDER, SELLER, '2026-11-02T10:00:00Z', 10_000, 'books'),
  orderEvent('order.paid', ORDER, SELLER, '2026-11-02T10:05:00Z', 10_000, 'books'),
  orderEvent('order.shipped', ORDER, SELLER, '2026-11-03T08:00:00Z', 10_000, 'books'),
  orderEvent('order.disputed', ORDER, SELLER, '2026-11-05T00:00:00Z', 10_000, 'books'),
  orderEvent('order.created', OTHER, MOVED, '2026-11-02T10:30:00Z', 2_000, 'toys'),
  orderEvent('order.paid', OTHER, MOVED, '2026-11-02T10:45:00Z', 2_000, 'toys'),
  // MOVED's payout account moved from Germany to France; SELLER has none on record.
  event('user.payout_details_changed', 'user', MOVED, '2026-10-01T00:00:00Z', { user_id: MOVED, country: 'DE' }),
  event('user.payout_details_changed', 'user', MOVED, '2026-10-20T00:00:00Z', { user_id: MOVED, country: 'FR' }),
  // The buyer paid in October too. OTHER was rescored: allowed, then held for review.
  event('order.paid', 'order', randomUUID(), '2026-10-10T00:00:00Z', { buyer_id: BUYER, amount: 500, currency: 'EUR', category: 'toys' }),
  event('risk.scored', 'order', ORDER, '2026-11-02T10:04:00Z', { order_id: ORDER, decision: 'review', model_version: 'v2' }),
  event('risk.scored', 'order', OTHER, '2026-11-02T10:40:00Z', { order_id: OTHER, decision: 'allow', model_version: 'v2' }),
  event('risk.scored', 'order', OTHER, '2026-11-02T10:44:00Z', { order_id: OTHER, decision: 'review', model_version: 'v2' }),
  event('fraud_case.opened', 'fraud_case', CASE, '2026-11-02T10:05:00Z', { case_id: CASE, model_version: 'v2' }),
  event('fraud_case.decided', 'fraud_case', CASE, '2026-11-02T12:05:00Z', { case_id: CASE, decision: 'clear', model_version: 'v2' }),
  event('dispute.opened', 'dispute', DISPUTE, '2026-11-05T00:00:00Z', { dispute_id: DISPUTE, source: 'chargeback', status: 'needs_response' }),
  event('dispute.updated', 'dispute', DISPUTE, '2026-11-07T00:00:00Z', { dispute_id: DISPUTE, source: 'chargeback', status: 'lost' }),
  // A listing held for review, approved, the decision undone, then rejected: first decision after
  // 1 h, two decisions. An auto-approved listing never enters the queue.
  event('listing.created', 'listing', LISTING, '2026-11-01T00:00:00Z', { listing_id: LISTING, status: 'pending_review' }),
  event('listing.created', 'listing', randomUUID(), '2026-11-01T00:00:00Z', { status: 'active' }),
  event('listing.approved', 'listing', LISTING, '2026-11-01T01:00:00Z', { listing_id: LISTING, decision: 'approve' }),
  event('listing.decision_undone', 'listing', LISTING, '2026-11-01T02:00:00Z', { listing_id: LISTING, decision: 'undo' }),
  event('listing.rejected', 'listing', LISTING, '2026-11-01T03:00:00Z', { listing_id: LISTING, decision: 'reject' }),
  // A flagged review still waiting; a clean one published straight away never enters.
  event('review.submitted', 'review', REVIEW, '2026-11-01T00:00:00Z', { review_id: REVIEW, status: 'flagged' }),
  event('review.submitted', 'review', randomUUID(), '2026-11-01T00:00:00Z', { status: 'published' }),
];

const rows = <T>(query: string) => queryRows<T>(ch.store, query.replaceAll('{db}', db));

beforeAll(async () => {
  ch = await createTestClickHouse();
  db = ch.store.database;
  // Unmerged copies stay visible, so the first test can show the duplicates reached the views.
  const views = ['order_facts', 'paid_sales', 'seller_countries', 'order_model_scores', 'fraud_decisions', 'case_timeline', 'moderation_items', 'buyer_months'];
  for (const table of views) await ch.store.client.command({ query: `SYSTEM STOP MERGES ${db}.${table}` });
  for (const e of EVENTS) await insertEvents(ch.store, [e]);
  await insertEvents(ch.store, EVENTS);
  await insertEvents(ch.store, [...EVENTS].reverse());
});

afterAll(async () => {
  await ch.drop();
});

describe('materialized views under redelivery', () => {
  it('received every copy (so the checks below exercise duplicates)', async () => {
    // An insert collapses equal keys within itself: 7 single-event inserts + 3 orders × 2 batches.
    expect(await rows('SELECT count() AS n FROM {db}.order_facts')).toEqual([{ n: '13' }]);
    expect(await rows('SELECT count() AS n FROM {db}.paid_sales')).toEqual([{ n: '9' }]);
  });

  it('order_facts: one row per order with its first stage times and what it sold', async () => {
    expect(
      await rows(`SELECT toString(order_id) AS id, created_at, paid_at, shipped_at, completed_at, disputed_at, refunded_at,
                              toString(seller_id) AS seller, currency, category, amount, fee_amount
                       FROM {db}.order_facts FINAL WHERE created_at IS NOT NULL ORDER BY created_at`),
    ).toEqual([
      {
        id: ORDER,
        created_at: '2026-11-02 10:00:00.000',
        paid_at: '2026-11-02 10:05:00.000',
        shipped_at: '2026-11-03 08:00:00.000',
        completed_at: null,
        disputed_at: '2026-11-05 00:00:00.000',
        refunded_at: null,
        seller: SELLER,
        currency: 'EUR',
        category: 'books',
        amount: '10000',
        fee_amount: '1000',
      },
      {
        id: OTHER,
        created_at: '2026-11-02 10:30:00.000',
        paid_at: '2026-11-02 10:45:00.000',
        shipped_at: null,
        completed_at: null,
        disputed_at: null,
        refunded_at: null,
        seller: MOVED,
        currency: 'EUR',
        category: 'toys',
        amount: '2000',
        fee_amount: '200',
      },
    ]);
  });

  it("sales_hourly: sums each sale once, under the seller's latest payout country", async () => {
    expect(
      await rows(`SELECT toString(hour) AS hour, currency, category, seller_country, orders, gmv, fees
                       FROM {db}.sales_hourly WHERE hour >= '2026-11-01' ORDER BY category`),
    ).toEqual([
      { hour: '2026-11-02 10:00:00', currency: 'EUR', category: 'books', seller_country: '', orders: '1', gmv: '10000', fees: '1000' },
      { hour: '2026-11-02 10:00:00', currency: 'EUR', category: 'toys', seller_country: 'FR', orders: '1', gmv: '2000', fees: '200' },
    ]);
  });

  it('order_model_scores: one row per order and model version; fraud_decisions: one per decision', async () => {
    expect(await rows(`SELECT model_version, toString(order_id) AS id, first_scored_at, flagged FROM {db}.order_model_scores FINAL ORDER BY first_scored_at`)).toEqual([
      { model_version: 'v2', id: ORDER, first_scored_at: '2026-11-02 10:04:00.000', flagged: 1 },
      { model_version: 'v2', id: OTHER, first_scored_at: '2026-11-02 10:40:00.000', flagged: 1 },
    ]);
    expect(await rows(`SELECT toString(case_id) AS id, decided_at, model_version, decision FROM {db}.fraud_decisions FINAL`)).toEqual([
      { id: CASE, decided_at: '2026-11-02 12:05:00.000', model_version: 'v2', decision: 'clear' },
    ]);
  });

  it("buyer_months: each buyer's set of paying months", async () => {
    expect(await rows(`SELECT toString(buyer_id) AS id, arraySort(months) AS months FROM {db}.buyer_months FINAL ORDER BY id`)).toEqual([
      { id: BUYER, months: ['2026-10-01', '2026-11-01'] },
    ]);
  });

  it("keeps the dashboards' numbers once-only while the copies sit in separate parts", async () => {
    const november = { from: '2026-11-01T00:00:00Z', to: '2026-12-01T00:00:00Z' };
    const funnel = (await runDashboard(ch.store, 'order_funnel', november)).rows;
    expect(funnel.map((r) => [r.stage, r.orders])).toEqual([
      ['created', 2],
      ['paid', 2],
      ['shipped', 1],
      ['completed', 0],
      ['disputed', 1],
      ['refunded', 0],
    ]);
    expect((await runDashboard(ch.store, 'top_sellers', november)).rows).toEqual([
      { seller_id: SELLER, orders: 1, gmv: 10_000, fees: 1_000, disputed_orders: 1, refunded_orders: 0 },
      { seller_id: MOVED, orders: 1, gmv: 2_000, fees: 200, disputed_orders: 0, refunded_orders: 0 },
    ]);
    // The buyer's first paying month is October, so there is no November cohort.
    expect((await runDashboard(ch.store, 'buyer_cohort_retention', november)).rows).toEqual([]);
    expect((await runDashboard(ch.store, 'buyer_cohort_retention', { from: '2026-10-01T00:00:00Z', to: '2026-11-01T00:00:00Z' })).rows).toEqual([
      { cohort: '2026-10-01', month_offset: 0, buyers: 1, cohort_buyers: 1, retention: 1 },
      { cohort: '2026-10-01', month_offset: 1, buyers: 1, cohort_buyers: 1, retention: 1 },
    ]);
    expect((await runDashboard(ch.store, 'fraud_model_precision', november)).rows).toEqual([
      { model_version: 'v2', scored_orders: 2, flagged_orders: 2, flag_rate: 1, decided_cases: 1, confirmed_fraud: 0, precision: 0 },
    ]);
  });

  it('case_timeline: when each dispute and case opened and was first resolved', async () => {
    expect(
      await rows(`SELECT item_type, toString(item_id) AS id, opened_at, resolved_at, source
                       FROM {db}.case_timeline FINAL ORDER BY item_type`),
    ).toEqual([
      { item_type: 'dispute', id: DISPUTE, opened_at: '2026-11-05 00:00:00.000', resolved_at: '2026-11-07 00:00:00.000', source: 'chargeback' },
      { item_type: 'fraud_case', id: CASE, opened_at: '2026-11-02 10:05:00.000', resolved_at: '2026-11-02 12:05:00.000', source: '' },
    ]);
  });

  it('moderation_items: queue entry, first decision and distinct decisions per item', async () => {
    // Read by merging the copies at query time, the alternative to FINAL.
    expect(
      await rows(`SELECT item_type, toString(item_id) AS id, min(entered_at) AS entered_at, min(first_decided_at) AS first_decided_at,
                              uniqExactMerge(decisions) AS decisions
                       FROM {db}.moderation_items GROUP BY item_type, item_id ORDER BY item_type`),
    ).toEqual([
      { item_type: 'fraud_case', id: CASE, entered_at: '2026-11-02 10:05:00.000', first_decided_at: '2026-11-02 12:05:00.000', decisions: '1' },
      { item_type: 'listing', id: LISTING, entered_at: '2026-11-01 00:00:00.000', first_decided_at: '2026-11-01 01:00:00.000', decisions: '2' },
      { item_type: 'review', id: REVIEW, entered_at: '2026-11-01 00:00:00.000', first_decided_at: null, decisions: '0' },
    ]);
    expect((await runDashboard(ch.store, 'moderation_throughput', { from: '2026-11-01T00:00:00Z', to: '2026-12-01T00:00:00Z' })).rows).toEqual([
      { kind: 'fraud_case', entered_items: 1, decided: 1, waiting: 0, median_hours: 2, p90_hours: 2, first_decisions: 1 },
      { kind: 'listing', entered_items: 1, decided: 1, waiting: 0, median_hours: 1, p90_hours: 1, first_decisions: 1 },
      { kind: 'review', entered_items: 1, decided: 0, waiting: 1, median_hours: null, p90_hours: null, first_decisions: 0 },
    ]);
  });
});

describe('a view migration on a database that already holds events', () => {
  it('backfills its view from them, without changing the events', async () => {
    const before = await rows('SELECT count() AS n FROM {db}.events FINAL');
    const facts = 'SELECT toString(order_id) AS id, paid_at, amount FROM {db}.order_facts FINAL ORDER BY id';
    const expected = await rows(facts);
    // Unapply 0004: the events stay, the view and its table go.
    await ch.store.client.command({ query: `DROP VIEW ${db}.order_facts_mv` });
    await ch.store.client.command({ query: `DROP TABLE ${db}.order_facts` });
    await ch.store.client.command({ query: `DELETE FROM ${db}.schema_migrations WHERE version = '0004_order_facts'` });

    expect(await migrateClickHouse(ch.store)).toEqual(['0004_order_facts']);
    expect(await rows(facts)).toEqual(expected);
    expect(expected).toHaveLength(3);
    expect(await rows('SELECT count() AS n FROM {db}.events FINAL')).toEqual(before);
  });
});
