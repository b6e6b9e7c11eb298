import { randomUUID } from 'node:crypto';
import { type TestContext, createTestContext } from '../../../../test/harness';
import { loadRiskInput } from './risk.repository';

let test_: TestContext;
beforeAll(async () => { test_ = await createTestContext(); });
afterAll(() => test_.close());

const db = () => test_.ctx.db;
const now = new Date('2026-11-21T12:00:00Z');
const hoursAgo = (h: number) => new Date(now.getTime() - h * 3_600_000);

async function user(createdAt: Date): Promise<string> {
  const row = await db().insertInto('users').values({ email: `${randomUUID()}@example.test`, password_hash: 'x', display_name: 'u', created_at: createdAt })
    .returning('id').executeTakeFirstOrThrow();
  return row.id;
}

async function listing(sellerId: string, price: number, createdAt: Date, status: 'active' | 'sold' = 'active', category = 'electronics'): Promise<string> {
  const row = await db().insertInto('listings').values({
    seller_id: sellerId, title: 't', description: 'd', price_amount: price, currency: 'EUR', category, status, created_at: createdAt, updated_at: createdAt,
  }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

async function order(buyerId: string, sellerId: string, status: string, createdAt: Date) {
  const listingId = await listing(sellerId, 1_000, createdAt, 'sold');
  return db().insertInto('orders').values({
    listing_id: listingId, buyer_id: buyerId, seller_id: sellerId, amount: 1_000, currency: 'EUR', category: 'electronics', fee_amount: 100, status,
    payment_ref: null, risk_score: null, risk_decision: null, carrier: null, tracking_number: null, created_at: createdAt, updated_at: createdAt,
  }).returningAll().executeTakeFirstOrThrow();
}

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
