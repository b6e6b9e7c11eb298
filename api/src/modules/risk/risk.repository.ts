import type { RiskInput } from '@agora/fraud-models';
import { sql, type Transaction } from 'kysely';
import type { DB } from '../../db/schema';
import { currencyExponent, toAmount } from '../money';

export interface OrderForRisk {
  id: string;
  listing_id: string;
  buyer_id: string;
  seller_id: string;
  amount: string;
  currency: string;
}

const DAY_MS = 86_400_000;

/** The parties' history and the listing's context at payment time, in one round trip. */
export async function loadRiskInput(trx: Transaction<DB>, order: OrderForRisk, now: Date): Promise<RiskInput> {
  const since = new Date(now.getTime() - DAY_MS);
  const { rows } = await sql<{
    buyer_created_at: Date;
    seller_created_at: Date;
    listing_created_at: Date;
    price_amount: string;
    buyer_prior_orders: string;
    buyer_orders_last_24h: string;
    buyer_distinct_sellers_last_24h: string;
    seller_completed_sales: string;
    pair_prior_orders: string;
    category_median: string | null;
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
      (SELECT count(*) FROM orders o WHERE o.seller_id = ${order.seller_id} AND o.status = 'completed') AS seller_completed_sales,
      (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY m.price_amount)
         FROM (SELECT price_amount FROM listings
               WHERE category = l.category AND currency = l.currency AND status = 'active'
               ORDER BY created_at DESC LIMIT 500) m) AS category_median
    FROM listings l
    JOIN users b ON b.id = ${order.buyer_id}
    JOIN users s ON s.id = ${order.seller_id}
    -- The buyer's history in one pass over their orders.
    CROSS JOIN (
      SELECT
        count(*) AS buyer_prior_orders,
        count(*) FILTER (WHERE o.created_at >= ${since}) AS buyer_orders_last_24h,
        count(DISTINCT o.seller_id) FILTER (WHERE o.created_at >= ${since}) AS buyer_distinct_sellers_last_24h,
        count(*) FILTER (WHERE o.seller_id = ${order.seller_id}) AS pair_prior_orders
      FROM orders o WHERE o.buyer_id = ${order.buyer_id} AND o.id <> ${order.id}) bo
    WHERE l.id = ${order.listing_id}`.execute(trx);
  const r = rows[0];
  if (!r) throw new Error(`risk input missing for order ${order.id}`);
  const price = toAmount(r.price_amount);
  const median = r.category_median === null ? null : Number(r.category_median);
  return {
    amount_minor: toAmount(order.amount),
    currency_exponent: currencyExponent(order.currency),
    buyer_account_age_days: (now.getTime() - r.buyer_created_at.getTime()) / DAY_MS,
    buyer_prior_orders: Number(r.buyer_prior_orders),
    buyer_orders_last_24h: Number(r.buyer_orders_last_24h),
    buyer_distinct_sellers_last_24h: Number(r.buyer_distinct_sellers_last_24h),
    seller_account_age_days: (now.getTime() - r.seller_created_at.getTime()) / DAY_MS,
    seller_completed_sales: Number(r.seller_completed_sales),
    listing_age_hours: (now.getTime() - r.listing_created_at.getTime()) / 3_600_000,
    price_vs_category_median: median && median > 0 ? price / median : 1,
    hour_of_day: now.getUTCHours(),
    pair_prior_orders: Number(r.pair_prior_orders),
  };
}
