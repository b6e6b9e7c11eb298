import { NEVER_HOURS, type SellerRiskInput, type SellerRiskReason } from '@agora/fraud-models';
import { type Kysely, sql, type Transaction } from 'kysely';
import type { DB } from '../../../db/schema';
import { accountsSharingFingerprints } from '../fingerprints';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** Open orders at or above this multiple of their category's median are high-value. */
const HIGH_VALUE_MULTIPLE = 2;

/** What is being priced: the listing being published, or (at payout) the seller's recent listings. */
export type PricedListing = { price_amount: string; category: string; currency: string; id?: string };

/** A median over fewer active listings than this says nothing (as in the listing review): unknown. */
const MEDIAN_MIN_SAMPLE = 10;

// The median active price of a category in a currency, over its 500 newest active listings (as the
// buyer-side score and the listing review read it), leaving out one listing (the one being priced).
const categoryMedian = (category: unknown, currency: unknown, except: string | null) => sql<number | null>`
  (SELECT CASE WHEN count(*) >= ${MEDIAN_MIN_SAMPLE} THEN percentile_cont(0.5) WITHIN GROUP (ORDER BY m.price_amount) END
     FROM (SELECT price_amount FROM listings
           WHERE category = ${category} AND currency = ${currency} AND status = 'active' AND id IS DISTINCT FROM ${except}::uuid
           ORDER BY created_at DESC LIMIT 500) m)`;

/**
 * The seller's history as of `now`, in one round trip (see risk.repository.ts for the buyer side).
 * Point in time: orders, completions, disputes and fingerprints recorded before `now`; two inputs are
 * today's state, as on the buyer side: open sales (an order's current status) and payout_details
 * (only the latest change is kept). `listing` is the listing being published; without one (at
 * payout) the price ratio is the lowest among the seller's listings created in the last 30 days.
 */
export async function loadSellerRiskInput(
  db: Transaction<DB> | Kysely<DB>,
  sellerId: string,
  moment: SellerRiskInput['moment'],
  listing: PricedListing | null,
  now: Date,
): Promise<SellerRiskInput> {
  const quarterAgo = new Date(now.getTime() - 90 * DAY_MS);
  const monthAgo = new Date(now.getTime() - 30 * DAY_MS);
  const priceRatio = listing
    ? sql<number | null>`(SELECT ${Number(listing.price_amount)}::float8 / NULLIF(${categoryMedian(listing.category, listing.currency, listing.id ?? null)}, 0))`
    : sql<number | null>`(SELECT min(l.price_amount::float8 / NULLIF(${categoryMedian(sql.ref('l.category'), sql.ref('l.currency'), null)}, 0))
         FROM listings l WHERE l.seller_id = ${sellerId} AND l.created_at >= ${monthAgo} AND l.created_at < ${now})`;
  const { rows } = await sql<{
    created_at: Date;
    completed_sales: number;
    open_sales: number;
    open_high_value_sales: number;
    price_ratio: number | null;
    payout_changed_at: Date | null;
    sales_last_90d: number;
    disputes_last_90d: number;
    device_shared_accounts: number;
  }>`
    SELECT
      s.created_at,
      (SELECT count(*)::int FROM orders o WHERE o.seller_id = s.id AND o.completed_at IS NOT NULL AND o.completed_at < ${now}) AS completed_sales,
      so.open_sales,
      so.open_high_value_sales,
      ${priceRatio} AS price_ratio,
      (SELECT updated_at FROM payout_details WHERE user_id = s.id AND updated_at < ${now}) AS payout_changed_at,
      (SELECT count(*)::int FROM orders o WHERE o.seller_id = s.id AND o.created_at >= ${quarterAgo} AND o.created_at < ${now}) AS sales_last_90d,
      (SELECT count(*)::int FROM disputes d JOIN orders o ON o.id = d.order_id
        WHERE o.seller_id = s.id AND d.created_at >= ${quarterAgo} AND d.created_at < ${now}) AS disputes_last_90d,
      (SELECT count(DISTINCT shared.user_id)::int FROM ${accountsSharingFingerprints(sellerId, 'device', now)} shared) AS device_shared_accounts
    FROM users s
    -- Paid sales not yet completed, refunded or cancelled, and those at ≥ 2× their category's median.
    CROSS JOIN (
      SELECT count(*)::int AS open_sales,
             count(*) FILTER (WHERE o.amount >= ${HIGH_VALUE_MULTIPLE} * ${categoryMedian(sql.ref('o.category'), sql.ref('o.currency'), null)})::int AS open_high_value_sales
      FROM orders o
      WHERE o.seller_id = ${sellerId} AND o.status IN ('paid', 'shipped', 'delivered', 'disputed') AND o.created_at < ${now}) so
    WHERE s.id = ${sellerId}`.execute(db);
  const r = rows[0];
  if (!r) throw new Error(`seller risk input missing for seller ${sellerId}`);
  return {
    moment,
    seller_account_age_days: (now.getTime() - r.created_at.getTime()) / DAY_MS,
    seller_completed_sales: r.completed_sales,
    seller_open_sales: r.open_sales,
    seller_open_high_value_sales: r.open_high_value_sales,
    listing_price_vs_category_median: r.price_ratio ?? 1,
    seller_hours_since_payout_change: r.payout_changed_at ? (now.getTime() - r.payout_changed_at.getTime()) / HOUR_MS : NEVER_HOURS,
    seller_sales_last_90d: r.sales_last_90d,
    seller_disputes_last_90d: r.disputes_last_90d,
    seller_device_shared_accounts: r.device_shared_accounts,
  };
}

export interface NewSellerRiskScore {
  seller_id: string;
  moment: SellerRiskInput['moment'];
  listing_id: string | null;
  order_id: string | null;
  score: number;
  probability: number;
  reasons: SellerRiskReason[];
  input: SellerRiskInput;
  version: string;
  created_at: Date;
}

export async function insertSellerRiskScore(trx: Transaction<DB>, s: NewSellerRiskScore): Promise<string> {
  const row = await trx
    .insertInto('seller_risk_scores')
    .values({ ...s, reasons: JSON.stringify(s.reasons), input: JSON.stringify(s.input) })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The seller's latest scores, newest first. */
export function latestSellerRiskScores(db: Kysely<DB>, sellerId: string, limit: number) {
  return db.selectFrom('seller_risk_scores').selectAll().where('seller_id', '=', sellerId).orderBy('created_at', 'desc').orderBy('id').limit(limit).execute();
}

/** The score taken when the order's payout was arranged. */
export function payoutScoreOf(trx: Transaction<DB>, orderId: string) {
  return trx.selectFrom('seller_risk_scores').selectAll().where('order_id', '=', orderId).orderBy('created_at', 'desc').executeTakeFirst();
}

/** The latest listing-time score of each listing (the moderation queue shows its reasons), by listing id. */
export async function latestListingScores(db: Kysely<DB>, listingIds: readonly string[]): Promise<Map<string, { score: number; reasons: string[] }>> {
  if (listingIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('seller_risk_scores')
    .distinctOn('listing_id')
    .select(['listing_id', 'score', 'reasons'])
    .where('listing_id', 'in', listingIds)
    .orderBy('listing_id')
    .orderBy('created_at', 'desc')
    .execute();
  return new Map(rows.map((r) => [r.listing_id!, { score: r.score, reasons: r.reasons.map((x) => x.text) }]));
}
