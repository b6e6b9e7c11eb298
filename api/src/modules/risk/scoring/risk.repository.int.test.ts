import { randomUUID } from 'node:crypto';
import { NEVER_HOURS } from '@agora/fraud-models';
import { type TestContext, createTestContext } from '../../../../../test/harness';
import { recordFingerprint } from '../fingerprints';
import { loadRiskInput } from './risk.repository';

let test_: TestContext;
beforeAll(async () => {
  test_ = await createTestContext();
});
afterAll(() => test_.close());

const db = () => test_.ctx.db;
const now = new Date('2026-11-21T12:00:00Z');
const hoursAgo = (h: number) => new Date(now.getTime() - h * 3_600_000);

async function user(createdAt: Date): Promise<string> {
  const row = await db()
    .insertInto('users')
    .values({ email: `${randomUUID()}@example.test`, password_hash: 'x', display_name: 'u', created_at: createdAt })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

async function listing(sellerId: string, price: number, createdAt: Date, status: 'active' | 'sold' = 'active', category = 'cameras'): Promise<string> {
  const row = await db()
    .insertInto('listings')
    .values({
      seller_id: sellerId,
      title: 't',
      description: 'd',
      price_amount: price,
      currency: 'EUR',
      category,
      status,
      created_at: createdAt,
      updated_at: createdAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

async function order(buyerId: string, sellerId: string, status: string, createdAt: Date, completedAt = createdAt) {
  const listingId = await listing(sellerId, 1_000, createdAt, 'sold');
  const row = await db()
    .insertInto('orders')
    .values({
      listing_id: listingId,
      buyer_id: buyerId,
      seller_id: sellerId,
      amount: 1_000,
      currency: 'EUR',
      category: 'cameras',
      fee_amount: 100,
      status,
      payment_ref: null,
      risk_score: null,
      risk_decision: null,
      carrier: null,
      tracking_number: null,
      created_at: createdAt,
      updated_at: createdAt,
      completed_at: status === 'completed' ? completedAt : null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  if (status === 'completed') {
    await db()
      .insertInto('order_status_history')
      .values({ order_id: row.id, from_status: 'delivered', to_status: 'completed', actor_type: 'buyer', actor_id: buyerId, reason: null, created_at: completedAt })
      .execute();
  }
  return row;
}

async function review(orderId: string, author: string, subject: string, createdAt: Date) {
  await db()
    .insertInto('reviews')
    .values({
      order_id: orderId,
      author_id: author,
      subject_id: subject,
      author_role: 'buyer',
      rating: 5,
      item_as_described: 5,
      communication: 5,
      shipping: 5,
      payment: null,
      text: 'great',
      status: 'published',
      visible_at: createdAt,
      created_at: createdAt,
    })
    .execute();
}

const forRisk = (o: { id: string; listing_id: string; buyer_id: string; seller_id: string; amount: string; currency: string }) => ({
  id: o.id,
  listing_id: o.listing_id,
  buyer_id: o.buyer_id,
  seller_id: o.seller_id,
  amount: o.amount,
  currency: o.currency,
});

test('risk features count the parties’ history and compare the price with the category median', async () => {
  const [buyer, seller, other] = await Promise.all([user(hoursAgo(24 * 10)), user(hoursAgo(24 * 100)), user(hoursAgo(24 * 50))]);
  await order(buyer, seller, 'completed', hoursAgo(48));
  await order(buyer, other, 'completed', hoursAgo(2));
  await order(buyer, other, 'cancelled', hoursAgo(1));
  await order(other, seller, 'completed', hoursAgo(3));
  await order(other, seller, 'shipped', hoursAgo(3));
  for (const price of [1_000, 2_000, 3_000]) await listing(other, price, hoursAgo(5));
  await listing(other, 50_000, hoursAgo(5), 'active', 'fashion');
  const current = await order(buyer, seller, 'initiated', now);
  const listingId = await listing(seller, 4_000, hoursAgo(6));

  const input = await test_.ctx.db.transaction().execute((trx) => loadRiskInput(trx, { ...current, listing_id: listingId, amount: '4000' }, now));
  expect(input).toMatchObject({
    buyer_prior_orders: 3,
    buyer_orders_last_24h: 2,
    buyer_distinct_sellers_last_24h: 1,
    seller_completed_sales: 2,
    pair_prior_orders: 1,
    // Active EUR electronics: 1000, 2000, 3000 and the listing itself (4000): median 2500.
    price_vs_category_median: 4_000 / 2_500,
    buyer_account_age_days: 10,
    seller_account_age_days: 100,
    listing_age_hours: 6,
  });
});

test('risk features are point in time: nothing recorded at or after the payment counts', async () => {
  const [buyer, seller, friend, stranger] = await Promise.all([user(hoursAgo(24 * 60)), user(hoursAgo(24 * 20)), user(hoursAgo(24 * 5)), user(hoursAgo(24 * 5))]);
  const other = await order(stranger, seller, 'completed', hoursAgo(24 * 40), hoursAgo(24 * 37)); // someone else's purchase
  const bought = await order(buyer, seller, 'completed', hoursAgo(24 * 10), hoursAgo(24 * 7));
  await order(buyer, seller, 'completed', hoursAgo(2), new Date(now.getTime() + 3_600_000)); // completes after the payment
  await order(buyer, seller, 'initiated', new Date(now.getTime() + 60_000)); // placed after it
  await order(stranger, buyer, 'completed', hoursAgo(24 * 2)); // the buyer sold something this week
  await order(stranger, buyer, 'completed', hoursAgo(24 * 8)); // …and something before it
  await review(bought.id, buyer, seller, hoursAgo(24 * 6));
  await review(other.id, stranger, seller, hoursAgo(24 * 31)); // outside 30 days
  await review(bought.id, seller, buyer, now); // at the payment instant: not yet "before"
  await recordFingerprint(db(), buyer, 'device', 'old-phone', hoursAgo(24 * 60));
  await recordFingerprint(db(), buyer, 'device', 'new-phone', hoursAgo(3));
  await recordFingerprint(db(), friend, 'device', 'new-phone', hoursAgo(2));
  await recordFingerprint(db(), stranger, 'device', 'new-phone', now); // seen only from now on
  await recordFingerprint(db(), buyer, 'card', 'visa-1', hoursAgo(24 * 10));
  await recordFingerprint(db(), friend, 'card', 'visa-1', hoursAgo(24));
  await recordFingerprint(db(), stranger, 'card', 'visa-1', hoursAgo(1));
  await db()
    .insertInto('payout_details')
    .values({ user_id: buyer, key_id: 'k', wrapped_key: Buffer.alloc(1), details: Buffer.alloc(1), iban_last4: '1234', country: 'DE', updated_at: hoursAgo(5) })
    .execute();
  const current = await order(buyer, seller, 'initiated', hoursAgo(0.5));

  const input = await loadRiskInput(db(), forRisk(current), now);
  expect(input).toMatchObject({
    buyer_prior_orders: 2, // 10 days and 2 hours ago; not the current one, not the later one
    buyer_orders_last_24h: 1,
    pair_prior_orders: 2,
    seller_completed_sales: 2, // completed 7 and 37 days ago; the third completes after now
    buyer_hours_since_new_device: 3,
    buyer_device_shared_accounts: 1, // the friend; the stranger's sighting is not before now
    buyer_card_shared_accounts: 2,
    buyer_hours_since_payout_change: 5,
    buyer_sales_last_7d: 1,
    pair_prior_reviews: 1,
    seller_reviews_last_30d: 1,
  });

  // A buyer with no device, card or payout record: account age, no sharing, never changed.
  const fresh = await user(hoursAgo(30));
  const first = await order(fresh, seller, 'initiated', hoursAgo(0.1));
  expect(await loadRiskInput(db(), forRisk(first), now)).toMatchObject({
    buyer_prior_orders: 0,
    buyer_hours_since_new_device: 30,
    buyer_device_shared_accounts: 0,
    buyer_card_shared_accounts: 0,
    buyer_hours_since_payout_change: NEVER_HOURS,
    buyer_sales_last_7d: 0,
    pair_prior_reviews: 0,
  });
});
