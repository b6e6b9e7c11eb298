// CSV for the evaluation harness: header, then one row per payment (or seller moment), every input
// key in its interface's declaration order, numbers as String(number).

import type { RiskInput } from '../features';
import type { SellerRiskInput } from '../seller-risk-input';
import type { BlindOrderRow, BlindSellerRow } from './rows';

/** RiskInput's keys in declaration order (a Record forces every key to be listed exactly once). */
const RISK_KEYS_SET: Record<keyof RiskInput, true> = {
  amount_minor: true,
  currency_exponent: true,
  buyer_account_age_days: true,
  buyer_prior_orders: true,
  buyer_orders_last_24h: true,
  buyer_distinct_sellers_last_24h: true,
  seller_account_age_days: true,
  seller_completed_sales: true,
  listing_age_hours: true,
  price_vs_category_median: true,
  hour_of_day: true,
  pair_prior_orders: true,
  buyer_hours_since_new_device: true,
  buyer_device_shared_accounts: true,
  buyer_card_shared_accounts: true,
  buyer_hours_since_payout_change: true,
  buyer_sales_last_7d: true,
  pair_prior_reviews: true,
  seller_reviews_last_30d: true,
  buyer_device_shared_new_accounts: true,
  buyer_device_shared_established_accounts: true,
  buyer_card_shared_new_accounts: true,
  buyer_prior_disputes: true,
};
export const RISK_KEYS = Object.keys(RISK_KEYS_SET) as (keyof RiskInput)[];

const SELLER_KEYS_SET: Record<Exclude<keyof SellerRiskInput, 'moment'>, true> = {
  seller_account_age_days: true,
  seller_completed_sales: true,
  seller_open_sales: true,
  seller_open_high_value_sales: true,
  listing_price_vs_category_median: true,
  seller_hours_since_payout_change: true,
  seller_sales_last_90d: true,
  seller_disputes_last_90d: true,
  seller_device_shared_accounts: true,
};
export const SELLER_KEYS = Object.keys(SELLER_KEYS_SET) as Exclude<keyof SellerRiskInput, 'moment'>[];

const HEAD = 'set,typology,segment,label';

export function toBlindCsv(rows: readonly BlindOrderRow[]): string {
  const lines = [[HEAD, ...RISK_KEYS.map((k) => `input:${k}`)].join(',')];
  for (const row of rows) lines.push([row.set, row.typology, row.segment, String(row.label), ...RISK_KEYS.map((k) => String(row.input[k]))].join(','));
  return lines.join('\n') + '\n';
}

export function toBlindSellersCsv(rows: readonly BlindSellerRow[]): string {
  const lines = [[HEAD, 'input:moment', ...SELLER_KEYS.map((k) => `input:${k}`)].join(',')];
  for (const row of rows) lines.push([row.set, row.typology, row.segment, String(row.label), row.input.moment, ...SELLER_KEYS.map((k) => String(row.input[k]))].join(','));
  return lines.join('\n') + '\n';
}
