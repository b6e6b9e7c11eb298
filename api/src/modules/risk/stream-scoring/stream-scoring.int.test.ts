import { randomUUID } from 'node:crypto';
import { type AnalyticsEvent, insertEvents } from '@agora/analytics';
import { DAY, HOUR, MINUTE, type TestContext, createTestContext, manualClock } from '../../../../../test/harness';
import { decideFraudCase } from '../../trust-safety/fraud-cases';
import type { Finding } from './detector';
import { linkedVelocity } from './linked-velocity.detector';
import { newAccountBuyers } from './new-account-buyers.detector';
import { reviewRing } from './review-ring.detector';
import { sellerSpike } from './seller-spike.detector';
import { runStreamScoring } from './stream-scoring';

// Each test works in its own stretch of time (60 days apart, wider than any window), so detectors
// over the shared events table only see that test's rows.
const clock = manualClock('2026-01-01T00:00:00Z');
let test_: TestContext;
beforeAll(async () => {
  test_ = await createTestContext({ clock: clock.clock });
});
afterAll(() => test_.close());
beforeEach(() => clock.advance(60 * DAY));

const ago = (ms: number) => new Date(clock.nowMs() - ms);
const store = () => test_.ctx.analytics;

/** Inserts the events twice, as an at-least-once relay may: every detector reads with FINAL and must count each once. */
async function ingest(events: AnalyticsEvent[]) {
  await insertEvents(store(), events);
  await insertEvents(store(), events);
}

function paid(p: { seller: string; buyer?: string; at: Date; buyerCreatedAt?: Date; device?: string; card?: string; amount?: number }): AnalyticsEvent {
  const orderId = randomUUID();
  return {
    event_id: randomUUID(),
    event_type: 'order.paid',
    aggregate_type: 'order',
    aggregate_id: orderId,
    occurred_at: p.at,
    payload: {
      order_id: orderId,
      listing_id: randomUUID(),
      buyer_id: p.buyer ?? randomUUID(),
      seller_id: p.seller,
      amount: p.amount ?? 2_500,
      currency: 'EUR',
      fee_amount: 250,
      category: 'cameras',
      status: 'paid',
      ...(p.buyerCreatedAt ? { buyer_created_at: p.buyerCreatedAt.toISOString() } : {}),
      ...(p.device ? { device_hash: p.device } : {}),
      ...(p.card ? { card_hash: p.card } : {}),
    },
  };
}

function review(author: string, subject: string, orderId: string, rating: number, at: Date): AnalyticsEvent {
  const id = randomUUID();
  return {
    event_id: randomUUID(),
    event_type: 'review.submitted',
    aggregate_type: 'review',
    aggregate_id: id,
    occurred_at: at,
    payload: { review_id: id, order_id: orderId, author_id: author, subject_id: subject, author_role: 'buyer', rating, status: 'published', flags: [] },
  };
}

/** Two accounts reviewing each other at `rating` on each of `orders` orders. */
function mutual(a: string, b: string, orders: number, rating = 5): AnalyticsEvent[] {
  return Array.from({ length: orders }, (_, i) => {
    const orderId = randomUUID();
    return [review(a, b, orderId, rating, ago((i + 1) * HOUR)), review(b, a, orderId, rating, ago((i + 1) * HOUR - MINUTE))];
  }).flat();
}

const subjects = (findings: Finding[]) => findings.map((f) => f.subjectKey).sort();
const now = () => new Date(clock.nowMs());

async function user(createdAt = ago(400 * DAY)): Promise<string> {
  const row = await test_.ctx.db
    .insertInto('users')
    .values({ email: `${randomUUID()}@example.test`, password_hash: 'x', display_name: 'u', created_at: createdAt })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

const spike = sellerSpike({ windowMinutes: 60, baselineDays: 7, factor: 5, minOrders: 5 });

test('seller spike: a seller far above their own 7-day hourly mean fires; too few orders or a busy baseline does not', async () => {
  const [spiking, few, busy] = [randomUUID(), randomUUID(), randomUUID()];
  const events = [
    // One sale a day for the past week, then 6 in the last hour (expected 7/168 per hour).
    ...Array.from({ length: 7 }, (_, d) => paid({ seller: spiking, at: ago((d + 1) * DAY) })),
    ...Array.from({ length: 6 }, (_, i) => paid({ seller: spiking, at: ago((i + 1) * 5 * MINUTE) })),
    // Near miss: 4 in the last hour and no history (below the minimum of 5).
    ...Array.from({ length: 4 }, (_, i) => paid({ seller: few, at: ago((i + 1) * 5 * MINUTE) })),
    // Near miss: 2 an hour all week (expected 2, so 10 needed), 9 in the last hour.
    ...Array.from({ length: 7 * 24 * 2 }, (_, i) => paid({ seller: busy, at: ago(HOUR + (i + 1) * 30 * MINUTE - 1) })),
    ...Array.from({ length: 9 }, (_, i) => paid({ seller: busy, at: ago((i + 1) * 6 * MINUTE) })),
  ];
  await ingest(events);
  const findings = await spike.detect(store(), now());
  expect(subjects(findings)).toEqual([spiking]);
  const [f] = findings;
  expect(f!.evidence.counts).toEqual({ orders: 6, baseline_orders: 7, expected_orders: 0.04 });
  expect(f!.evidence.orders).toHaveLength(6);
  expect(f!.evidence.accounts[0]).toEqual({ user_id: spiking, role: 'seller', orders: 6 });
  expect(f!.score).toBeGreaterThanOrEqual(60);
});

test('new-account buyers: five accounts under 7 days old paying one seller within 24 h fire; four (plus old or repeat buyers) do not', async () => {
  const [target, nearMiss] = [randomUUID(), randomUUID()];
  const detector = newAccountBuyers({ windowHours: 24, accountDays: 7, minBuyers: 5 });
  const repeat = randomUUID();
  await ingest([
    ...Array.from({ length: 5 }, (_, i) => paid({ seller: target, at: ago((i + 1) * HOUR), buyerCreatedAt: ago((i + 1) * HOUR + 2 * DAY) })),
    // Near miss: 4 new accounts (one of them paying twice), 3 old accounts, and a new one outside the window.
    ...Array.from({ length: 3 }, (_, i) => paid({ seller: nearMiss, at: ago((i + 1) * HOUR), buyerCreatedAt: ago(3 * DAY) })),
    paid({ seller: nearMiss, buyer: repeat, at: ago(2 * HOUR), buyerCreatedAt: ago(3 * DAY) }),
    paid({ seller: nearMiss, buyer: repeat, at: ago(3 * HOUR), buyerCreatedAt: ago(3 * DAY) }),
    ...Array.from({ length: 3 }, (_, i) => paid({ seller: nearMiss, at: ago((i + 1) * HOUR), buyerCreatedAt: ago(30 * DAY) })),
    paid({ seller: nearMiss, at: ago(25 * HOUR), buyerCreatedAt: ago(26 * HOUR) }),
    // No buyer_created_at (events written before the field existed): never new.
    ...Array.from({ length: 5 }, (_, i) => paid({ seller: nearMiss, at: ago((i + 1) * HOUR) })),
  ]);
  const findings = await detector.detect(store(), now());
  expect(subjects(findings)).toEqual([target]);
  expect(findings[0]!.evidence.counts).toEqual({ new_buyers: 5, orders: 5 });
  expect(findings[0]!.evidence.accounts.filter((a) => a.role === 'buyer')).toHaveLength(5);
});

test('review rings: three accounts exchanging 5-star reviews over repeated orders fire; a pair, a one-order exchange and 4-star reviews do not', async () => {
  const [a, b, c] = [randomUUID(), randomUUID(), randomUUID()].sort();
  const [d, e, f] = [randomUUID(), randomUUID(), randomUUID()];
  const [g, h, i] = [randomUUID(), randomUUID(), randomUUID()];
  await ingest([
    ...mutual(a!, b!, 2),
    ...mutual(b!, c!, 2),
    ...mutual(a!, c!, 3),
    // Near misses: d–e is a tight pair but e–f only reviewed each other on one order (normal), and
    // g, h, i exchanged 4-star reviews.
    ...mutual(d, e, 2),
    ...mutual(e, f, 1),
    ...mutual(g, h, 2, 4),
    ...mutual(h, i, 2, 4),
    ...mutual(g, i, 2, 4),
  ]);
  const findings = await reviewRing({ windowDays: 30, minMembers: 3, minPairOrders: 2, minRating: 5 }).detect(store(), now());
  expect(subjects(findings)).toEqual([`ring:${a}`]);
  const ring = findings[0]!;
  expect(ring.evidence.counts).toEqual({ members: 3, mutual_pairs: 3, reviews: 14, orders: 7 });
  expect(ring.evidence.accounts.map((x) => x.user_id).sort()).toEqual([a, b, c]);
  // a and c have the most reviews (both in the 3-order pair, each member has 2 pairs).
  expect(ring.subjectUserId).toBe([a!, c!].sort()[0]);
});

test('linked velocity: three accounts on one card within the hour fire; a device shared by two, or a third outside the window, does not', async () => {
  const seller = randomUUID();
  const [x, y, z] = [randomUUID(), randomUUID(), randomUUID()];
  const detector = linkedVelocity({ windowMinutes: 60, minAccounts: 3 });
  await ingest([
    paid({ seller, buyer: x, at: ago(50 * MINUTE), card: 'card-hash-1' }),
    paid({ seller, buyer: x, at: ago(40 * MINUTE), card: 'card-hash-1' }),
    paid({ seller, buyer: y, at: ago(30 * MINUTE), card: 'card-hash-1' }),
    paid({ seller, buyer: z, at: ago(10 * MINUTE), card: 'card-hash-1', device: 'device-hash-1' }),
    // Near miss: device-hash-1's third account paid 61 minutes ago.
    paid({ seller, buyer: randomUUID(), at: ago(20 * MINUTE), device: 'device-hash-1' }),
    paid({ seller, buyer: randomUUID(), at: ago(61 * MINUTE), device: 'device-hash-1' }),
  ]);
  const findings = await detector.detect(store(), now());
  expect(subjects(findings)).toEqual(['card:card-hash-1']);
  expect(findings[0]!.subjectUserId).toBe(x);
  expect(findings[0]!.evidence.counts).toEqual({ accounts: 3, orders: 4 });
  expect(findings[0]!.evidence.link).toEqual({ kind: 'card', hash: 'card-hash-1' });
});

test('the worker job opens one case per subject, is idempotent on a rerun, and a cleared case stays closed through the cool-off', async () => {
  const seller = await user();
  const staff = await user();
  const burst = (n: number) => ingest(Array.from({ length: n }, (_, i) => paid({ seller, at: ago((i + 1) * 5 * MINUTE) })));
  const casesOf = () => test_.ctx.db.selectFrom('fraud_cases').selectAll().where('subject_user_id', '=', seller).orderBy('created_at').execute();

  await burst(6);
  expect((await runStreamScoring(test_.ctx, [spike])).opened).toBe(1);
  const [opened] = await casesOf();
  expect(opened).toMatchObject({
    source: 'stream',
    detector: 'seller_spike',
    subject_key: seller,
    order_id: null,
    status: 'open',
    model_version: 'stream:seller_spike@v1',
  });
  expect(opened!.reason).toMatch(/^Sales spike: 6 paid orders in the last 60 min/);
  expect((opened!.evidence as { orders: unknown[] }).orders).toHaveLength(6);
  const outbox = await test_.ctx.db.selectFrom('outbox').select('payload').where('event_type', '=', 'fraud_case.opened').where('aggregate_id', '=', opened!.id).execute();
  expect(outbox.map((o) => o.payload)).toEqual([expect.objectContaining({ source: 'stream', detector: 'seller_spike', order_id: null, subject_user_id: seller })]);
  const audit = await test_.ctx.db.selectFrom('audit_log').select('action').where('entity_id', '=', opened!.id).execute();
  expect(audit).toEqual([{ action: 'fraud_case.opened' }]);

  // A rerun over an overlapping window, with more sales: still one open case.
  clock.advance(10 * MINUTE);
  await burst(2);
  expect(await runStreamScoring(test_.ctx, [spike])).toMatchObject({ opened: 0, already_open: 1 });
  expect(await casesOf()).toHaveLength(1);

  // Cleared by a human: the same spike does not reopen it within the cool-off (72 h by default)…
  await decideFraudCase(test_.ctx, staff, opened!.id, 'clear', 'Seasonal sale, checked with the seller');
  expect(await runStreamScoring(test_.ctx, [spike])).toMatchObject({ opened: 0, cooling_off: 1 });
  clock.advance(71 * HOUR);
  await burst(6);
  expect(await runStreamScoring(test_.ctx, [spike])).toMatchObject({ opened: 0, cooling_off: 1 });
  // …but a new spike after it does.
  clock.advance(2 * HOUR);
  await burst(6);
  expect(await runStreamScoring(test_.ctx, [spike])).toMatchObject({ opened: 1 });
  const cases = await casesOf();
  expect(cases.map((c) => c.status)).toEqual(['closed', 'open']);
});

test('a finding about an account Postgres does not know opens nothing', async () => {
  const stranger = randomUUID();
  await ingest(Array.from({ length: 6 }, (_, i) => paid({ seller: stranger, at: ago((i + 1) * MINUTE) })));
  expect(await runStreamScoring(test_.ctx, [spike])).toEqual({ opened: 0, already_open: 0, cooling_off: 0, unknown_subject: 1 });
});

test('the payment-case shape is enforced: a payment case needs an order, a stream case its detector, subject and evidence', async () => {
  const subject = await user();
  const base = {
    subject_user_id: subject,
    status: 'open' as const,
    reason: 'r',
    risk_score: 70,
    model_version: 'm',
    decision: null,
    decision_note: null,
    decided_by: null,
    decided_at: null,
    created_at: now(),
  };
  await expect(
    test_.ctx.db
      .insertInto('fraud_cases')
      .values({ ...base, order_id: null })
      .execute(),
  ).rejects.toThrow(/fraud_cases_source_shape/);
  await expect(
    test_.ctx.db
      .insertInto('fraud_cases')
      .values({ ...base, order_id: null, source: 'stream', detector: 'seller_spike', subject_key: subject })
      .execute(),
  ).rejects.toThrow(/fraud_cases_source_shape/);
});
