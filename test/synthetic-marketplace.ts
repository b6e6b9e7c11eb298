// Loads a simulated marketplace (fraud-models/src/synthetic) into a real Postgres, as the rows the
// API itself would have written: users, devices and cards in user_fingerprints, payout_details,
// listings, orders with their completion (completed_at and order_status_history), reviews, and
// disputes (buyer claims and chargebacks). Serving's
// loadRiskInput then reads the same facts the training replay read (risk.parity.int.test.ts),
// and bench:scoring measures it over a realistic history.
import { randomUUID } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import type { DB } from '../api/src/db/schema';
import { fingerprintHash } from '../api/src/modules/risk/fingerprints/fingerprints.repository';
import type { OrderForRisk } from '../api/src/modules/risk/scoring/risk.repository';
import { CATEGORIES, MARKETS, medianMinor } from '../fraud-models/src/synthetic/catalog';
import type { Simulation } from '../fraud-models/src/synthetic/marketplace';
import { COMPLETION_DELAY_MS, DAY_MS, type Fingerprint, fingerprints, toDate, toMs } from '../fraud-models/src/synthetic/timeline';

const BATCH = 1_000;
const LONG_AGO = toDate(-3650 * DAY_MS);
const PREHISTORY_AT = toDate(-9 * DAY_MS); // before every window (PREHISTORY_GAP_DAYS)

async function insertAll<T extends keyof DB & string>(db: Kysely<DB>, table: T, rows: readonly Record<string, unknown>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) {
    await db
      .insertInto(table)
      .values(rows.slice(i, i + BATCH) as never)
      .execute();
  }
}

export interface LoadedMarketplace {
  /** The risk query's order argument, per OrderEvent.id. */
  orders: Map<number, OrderForRisk>;
}

export async function loadSimulation(db: Kysely<DB>, sim: Simulation): Promise<LoadedMarketplace> {
  const userIds = sim.users.map(() => randomUUID());
  // Counterparts of the pre-simulation history, one of each.
  const legacyBuyer = randomUUID();
  const legacySeller = randomUUID();
  await insertAll(db, 'users', [
    ...sim.users.map((u, i) => ({ id: userIds[i], email: `sim-${i}@example.test`, password_hash: 'x', display_name: `sim ${i}`, created_at: toDate(toMs(u.createdAt)) })),
    ...[legacyBuyer, legacySeller].map((id) => ({ id, email: `${id}@example.test`, password_hash: 'x', display_name: 'legacy', created_at: LONG_AGO })),
  ]);

  const { devices, cards } = fingerprints(sim);
  const fingerprintRow = (kind: 'device' | 'card') => (f: Fingerprint) => ({
    user_id: userIds[f.user],
    kind,
    hash: fingerprintHash(kind, String(f.id)),
    first_seen_at: toDate(f.firstSeenMs),
    last_seen_at: toDate(f.firstSeenMs),
  });
  await insertAll(db, 'user_fingerprints', [...devices.map(fingerprintRow('device')), ...cards.map(fingerprintRow('card'))]);
  await insertAll(
    db,
    'payout_details',
    sim.users.flatMap((u, i) =>
      u.payoutChangedAt === null
        ? []
        : [
            {
              user_id: userIds[i],
              key_id: 'sim',
              wrapped_key: Buffer.alloc(1),
              details: Buffer.alloc(1),
              iban_last4: '0000',
              country: 'DE',
              updated_at: toDate(toMs(u.payoutChangedAt)),
            },
          ],
    ),
  );

  // One active listing per category and currency at the category median: the median the risk query finds.
  await insertAll(
    db,
    'listings',
    CATEGORIES.flatMap((c, category) =>
      MARKETS.map((m, market) => ({
        seller_id: legacySeller,
        title: 'reference',
        description: 'reference',
        price_amount: medianMinor(category, market),
        currency: m.code,
        category: c.name,
        status: 'active',
        created_at: LONG_AGO,
        updated_at: LONG_AGO,
      })),
    ),
  );

  const orders = new Map<number, OrderForRisk>();
  const listings: Record<string, unknown>[] = [];
  const orderRows: Record<string, unknown>[] = [];
  const completions: Record<string, unknown>[] = [];
  for (const o of sim.orders) {
    const buyer = sim.buyers[o.buyer]!;
    const ms = toMs(o.t);
    const row: OrderForRisk = {
      id: randomUUID(),
      listing_id: randomUUID(),
      buyer_id: userIds[buyer.user]!,
      seller_id: userIds[sim.sellers[o.seller]!.user]!,
      amount: String(o.amountMinor),
      currency: MARKETS[buyer.market]!.code,
    };
    orders.set(o.id, row);
    const listedAt = toDate(ms - toMs(o.listingAgeHours));
    const category = CATEGORIES[o.category]!.name;
    listings.push({
      id: row.listing_id,
      seller_id: row.seller_id,
      title: 'item',
      description: 'item',
      price_amount: o.listingPriceMinor,
      currency: row.currency,
      category,
      status: 'sold',
      created_at: listedAt,
      updated_at: listedAt,
    });
    const completedAt = toDate(ms + COMPLETION_DELAY_MS);
    orderRows.push({
      ...row,
      category,
      fee_amount: 0,
      status: 'completed',
      payment_ref: null,
      risk_score: null,
      risk_decision: null,
      carrier: null,
      tracking_number: null,
      created_at: toDate(ms),
      updated_at: toDate(ms),
      completed_at: completedAt,
    });
    completions.push({ order_id: row.id, from_status: 'delivered', to_status: 'completed', actor_type: 'system', actor_id: null, reason: null, created_at: completedAt });
  }
  await insertAll(db, 'listings', listings);
  await insertAll(db, 'orders', orderRows);
  await insertAll(db, 'order_status_history', completions);

  await insertAll(
    db,
    'reviews',
    sim.reviews.map((r) => {
      const at = toDate(toMs(r.t));
      const byBuyer = r.role === 'buyer';
      return {
        order_id: orders.get(r.order)!.id,
        author_id: userIds[r.author],
        subject_id: userIds[r.subject],
        author_role: r.role,
        rating: 5,
        item_as_described: byBuyer ? 5 : null,
        communication: 5,
        shipping: byBuyer ? 5 : null,
        payment: byBuyer ? null : 5,
        text: 'great',
        status: 'published',
        visible_at: at,
        created_at: at,
      };
    }),
  );

  await insertAll(
    db,
    'disputes',
    sim.disputes.map((d, i) => {
      const at = toDate(toMs(d.t));
      const order = orders.get(d.order)!;
      const common = { order_id: order.id, amount: order.amount, currency: order.currency, created_at: at, updated_at: at };
      return d.source === 'chargeback'
        ? { ...common, source: 'chargeback', provider_dispute_id: `sim_dp_${i}`, reason: 'fraudulent', status: 'open' }
        : {
            ...common,
            source: 'buyer',
            reason: 'not_as_described',
            status: 'under_review',
            description: 'not as described',
            opened_by: order.buyer_id,
            seller_response_due_at: new Date(at.getTime() + 3 * DAY_MS),
            evidence_due_at: new Date(at.getTime() + 7 * DAY_MS),
          };
    }),
  );

  // Pre-simulation history as counts: n old completed orders per account, expanded in the database.
  const prehistory = [
    ...sim.buyers.filter((b) => b.ordersBefore > 0).map((b) => [userIds[b.user]!, legacySeller, b.ordersBefore] as const),
    ...sim.sellers.filter((s) => s.ordersBefore > 0).map((s) => [legacyBuyer, userIds[s.user]!, s.ordersBefore] as const),
  ];
  const prehistoryCompletedAt = toDate(-9 * DAY_MS + COMPLETION_DELAY_MS);
  for (let i = 0; i < prehistory.length; i += BATCH) {
    const chunk = prehistory.slice(i, i + BATCH);
    await sql`
      WITH src AS (
        SELECT buyer_id, seller_id, gen_random_uuid() AS listing_id, gen_random_uuid() AS order_id
        FROM unnest(${chunk.map((c) => c[0])}::uuid[], ${chunk.map((c) => c[1])}::uuid[], ${chunk.map((c) => c[2])}::int[]) AS a(buyer_id, seller_id, n),
             generate_series(1, a.n)),
      l AS (
        INSERT INTO listings (id, seller_id, title, description, price_amount, currency, category, status, created_at, updated_at)
        SELECT listing_id, seller_id, 'old', 'old', 1000, 'EUR', 'books', 'sold', ${PREHISTORY_AT}, ${PREHISTORY_AT} FROM src),
      o AS (
        INSERT INTO orders (id, listing_id, buyer_id, seller_id, amount, currency, category, fee_amount, status, created_at, updated_at, completed_at)
        SELECT order_id, listing_id, buyer_id, seller_id, 1000, 'EUR', 'books', 0, 'completed', ${PREHISTORY_AT}, ${PREHISTORY_AT}, ${prehistoryCompletedAt} FROM src)
      INSERT INTO order_status_history (order_id, from_status, to_status, actor_type, created_at)
      SELECT order_id, 'delivered', 'completed', 'system', ${prehistoryCompletedAt} FROM src`.execute(db);
  }
  // As autovacuum would leave a live database after this many inserts: statistics, and a visibility
  // map that lets index-only scans (the seller's completed sales) skip the heap.
  await sql`VACUUM ANALYZE`.execute(db);
  return { orders };
}
