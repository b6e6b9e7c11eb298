import { ESTABLISHED_ACCOUNT_DAYS, NEVER_HOURS, NEW_ACCOUNT_DAYS, type RiskInput } from '@agora/fraud-models';
import { type Kysely, sql, type Transaction } from 'kysely';
import type { DB } from '../../../db/schema';
import { currencyExponent, toAmount } from '../../money/currencies';
import { accountsSharingFingerprints } from '../fingerprints';

export interface OrderForRisk {
  id: string;
  listing_id: string;
  buyer_id: string;
  seller_id: string;
  amount: string;
  currency: string;
}

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/**
 * The parties' history and the listing's context as of `now`, in one round trip. Point in time:
 * only facts recorded before `now` count (orders created, sales completed, devices and cards first
 * seen, reviews written), so scoring a past order gives what was known then — the training data
 * is replayed with the same semantics (fraud-models/src/synthetic/history.ts) and
 * risk.parity.int.test.ts holds the two equal. Two inputs are not historical: the category
 * median reads today's active listings, and payout_details keeps only the latest change.
 */
export async function loadRiskInput(db: Transaction<DB> | Kysely<DB>, order: OrderForRisk, now: Date): Promise<RiskInput> {
  const dayAgo = new Date(now.getTime() - DAY_MS);
  const weekAgo = new Date(now.getTime() - 7 * DAY_MS);
  const monthAgo = new Date(now.getTime() - 30 * DAY_MS);
  const { rows } = await sql<{
    buyer_created_at: Date;
    seller_created_at: Date;
    listing_created_at: Date;
    price_amount: string;
    buyer_prior_orders: string;
    buyer_orders_last_24h: string;
    buyer_distinct_sellers_last_24h: string;
    pair_prior_orders: string;
    seller_completed_sales: string;
    category_median: string | null;
    newest_device_at: Date | null;
    device_shared_accounts: string;
    card_shared_accounts: string;
    payout_changed_at: Date | null;
    buyer_sales_last_7d: string;
    pair_prior_reviews: string;
    seller_reviews_last_30d: string;
    device_shared_new_accounts: string;
    device_shared_established_accounts: string;
    card_shared_new_accounts: string;
    buyer_prior_disputes: string;
  }>`
    SELECT
      b.created_at AS buyer_created_at,
      s.created_at AS seller_created_at,
      l.created_at AS listing_created_at,
      l.price_amount,
      bo.buyer_prior_orders,
      bo.buyer_orders_last_24h,
      bo.buyer_distinct_sellers_last_24h,
      bo.pair_prior_orders,
      -- completed_at is the order's first entry into completed (as in its history; never before the
      -- order was created), so this is an index-only range count on orders_seller_completed_idx:
      -- one index entry per sale, no probe into order_status_history.
      (SELECT count(*) FROM orders o
        WHERE o.seller_id = ${order.seller_id} AND o.completed_at IS NOT NULL AND o.completed_at <= ${now}) AS seller_completed_sales,
      (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY m.price_amount)
         FROM (SELECT price_amount FROM listings
               WHERE category = l.category AND currency = l.currency AND status = 'active'
               ORDER BY created_at DESC LIMIT 500) m) AS category_median,
      (SELECT max(first_seen_at) FROM user_fingerprints
        WHERE user_id = ${order.buyer_id} AND kind = 'device' AND first_seen_at < ${now}) AS newest_device_at,
      sd.device_shared_accounts,
      sd.device_shared_new_accounts,
      sd.device_shared_established_accounts,
      sc.card_shared_accounts,
      sc.card_shared_new_accounts,
      (SELECT count(*) FROM disputes d JOIN orders o ON o.id = d.order_id
        WHERE o.buyer_id = ${order.buyer_id} AND o.id <> ${order.id} AND d.created_at < ${now}) AS buyer_prior_disputes,
      (SELECT updated_at FROM payout_details WHERE user_id = ${order.buyer_id} AND updated_at < ${now}) AS payout_changed_at,
      (SELECT count(*) FROM orders o
        WHERE o.seller_id = ${order.buyer_id} AND o.created_at >= ${weekAgo} AND o.created_at < ${now}) AS buyer_sales_last_7d,
      (SELECT count(*) FROM reviews r
        WHERE ((r.author_id = ${order.buyer_id} AND r.subject_id = ${order.seller_id})
            OR (r.author_id = ${order.seller_id} AND r.subject_id = ${order.buyer_id}))
          AND r.created_at < ${now}) AS pair_prior_reviews,
      (SELECT count(*) FROM reviews r
        WHERE r.subject_id = ${order.seller_id} AND r.created_at >= ${monthAgo} AND r.created_at < ${now}) AS seller_reviews_last_30d
    FROM listings l
    JOIN users b ON b.id = ${order.buyer_id}
    JOIN users s ON s.id = ${order.seller_id}
    -- The buyer's history in one pass over their earlier orders.
    CROSS JOIN (
      SELECT
        count(*) AS buyer_prior_orders,
        count(*) FILTER (WHERE o.created_at >= ${dayAgo}) AS buyer_orders_last_24h,
        count(DISTINCT o.seller_id) FILTER (WHERE o.created_at >= ${dayAgo}) AS buyer_distinct_sellers_last_24h,
        count(*) FILTER (WHERE o.seller_id = ${order.seller_id}) AS pair_prior_orders
      FROM orders o WHERE o.buyer_id = ${order.buyer_id} AND o.created_at < ${now} AND o.id <> ${order.id}) bo
    CROSS JOIN ${sharedAccounts(order.buyer_id, 'device', now)} sd(device_shared_accounts, device_shared_new_accounts, device_shared_established_accounts)
    CROSS JOIN ${sharedAccounts(order.buyer_id, 'card', now)} sc(card_shared_accounts, card_shared_new_accounts, card_shared_established_accounts)
    WHERE l.id = ${order.listing_id}`.execute(db);
  const r = rows[0];
  if (!r) throw new Error(`risk input missing for order ${order.id}`);
  const price = toAmount(r.price_amount);
  const median = r.category_median === null ? null : Number(r.category_median);
  const hoursSince = (at: Date) => (now.getTime() - at.getTime()) / HOUR_MS;
  return {
    amount_minor: toAmount(order.amount),
    currency_exponent: currencyExponent(order.currency),
    buyer_account_age_days: (now.getTime() - r.buyer_created_at.getTime()) / DAY_MS,
    buyer_prior_orders: Number(r.buyer_prior_orders),
    buyer_orders_last_24h: Number(r.buyer_orders_last_24h),
    buyer_distinct_sellers_last_24h: Number(r.buyer_distinct_sellers_last_24h),
    seller_account_age_days: (now.getTime() - r.seller_created_at.getTime()) / DAY_MS,
    seller_completed_sales: Number(r.seller_completed_sales),
    listing_age_hours: hoursSince(r.listing_created_at),
    price_vs_category_median: median && median > 0 ? price / median : 1,
    hour_of_day: now.getUTCHours(),
    pair_prior_orders: Number(r.pair_prior_orders),
    // No device on record (a client without X-Device-Id): the account's own age, not "new".
    buyer_hours_since_new_device: hoursSince(r.newest_device_at ?? r.buyer_created_at),
    buyer_device_shared_accounts: Number(r.device_shared_accounts),
    buyer_card_shared_accounts: Number(r.card_shared_accounts),
    buyer_hours_since_payout_change: r.payout_changed_at ? hoursSince(r.payout_changed_at) : NEVER_HOURS,
    buyer_sales_last_7d: Number(r.buyer_sales_last_7d),
    pair_prior_reviews: Number(r.pair_prior_reviews),
    seller_reviews_last_30d: Number(r.seller_reviews_last_30d),
    buyer_device_shared_new_accounts: Number(r.device_shared_new_accounts),
    buyer_device_shared_established_accounts: Number(r.device_shared_established_accounts),
    buyer_card_shared_new_accounts: Number(r.card_shared_new_accounts),
    buyer_prior_disputes: Number(r.buyer_prior_disputes),
  };
}

/**
 * Other accounts seen with any of the user's devices (or cards), both sightings before `now`: all of
 * them, those created less than NEW_ACCOUNT_DAYS before `now`, and those created at least
 * ESTABLISHED_ACCOUNT_DAYS before (a household's long-standing accounts, not a farm's fresh ones).
 */
function sharedAccounts(userId: string, kind: 'device' | 'card', now: Date) {
  const newSince = new Date(now.getTime() - NEW_ACCOUNT_DAYS * DAY_MS);
  const establishedBefore = new Date(now.getTime() - ESTABLISHED_ACCOUNT_DAYS * DAY_MS);
  return sql`(SELECT count(*), count(*) FILTER (WHERE u.created_at > ${newSince}), count(*) FILTER (WHERE u.created_at <= ${establishedBefore})
    FROM users u WHERE u.id IN ${accountsSharingFingerprints(userId, kind, now)})`;
}
