// Reason codes: why a payment scored what it did, in words a reviewer and a support agent can read.
// Model-agnostic: each of the model's features in turn takes the value an ordinary purchase would
// give it, and the probability the model loses is that feature's contribution. The top ones are the
// reasons. One inference call for all the substitutions, so any model file (v1, v2, v3) explains itself.

import { FEATURE_INPUTS, NEVER_HOURS, type RiskInput } from './features';
import type { BatchFraudScorer } from './scorer';

export interface RiskReason {
  feature: string;
  text: string;
  /** Probability the score loses when this feature takes an ordinary purchase's value instead. */
  contribution: number;
}

/** A returning buyer with a long clean history buying a median-priced item from an established seller. */
export const ORDINARY_PURCHASE: Readonly<RiskInput> = Object.freeze({
  amount_minor: 4_000,
  currency_exponent: 2,
  buyer_account_age_days: 400,
  buyer_prior_orders: 12,
  buyer_orders_last_24h: 0,
  buyer_distinct_sellers_last_24h: 0,
  seller_account_age_days: 500,
  seller_completed_sales: 60,
  listing_age_hours: 96,
  price_vs_category_median: 1,
  hour_of_day: 14,
  pair_prior_orders: 0,
  buyer_hours_since_new_device: 200 * 24,
  buyer_device_shared_accounts: 0,
  buyer_card_shared_accounts: 0,
  buyer_hours_since_payout_change: NEVER_HOURS,
  buyer_sales_last_7d: 0,
  pair_prior_reviews: 0,
  seller_reviews_last_30d: 4,
  buyer_device_shared_new_accounts: 0,
  buyer_device_shared_established_accounts: 0,
  buyer_card_shared_new_accounts: 0,
  buyer_prior_disputes: 0,
});

/** Reasons smaller than this (half a score point) are noise, not reasons. */
const MIN_CONTRIBUTION = 0.005;
const MAX_REASONS = 3;

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function ago(hours: number): string {
  if (hours >= NEVER_HOURS) return 'never';
  if (hours < 1) return `${Math.max(1, Math.round(hours * 60))} min ago`;
  if (hours < 48) return `${plural(Math.round(hours), 'hour')} ago`;
  return `${plural(Math.round(hours / 24), 'day')} ago`;
}

function age(days: number): string {
  if (days < 2) return `${plural(Math.max(0, Math.round(days * 24)), 'hour')} old`;
  return `${plural(Math.round(days), 'day')} old`;
}

const TEXTS: Readonly<Record<string, (i: RiskInput) => string>> = {
  log_amount_major: (i) => `an amount of ${(i.amount_minor / 10 ** i.currency_exponent).toFixed(i.currency_exponent)} (major units)`,
  log_buyer_account_age_days: (i) => `the buyer's account is ${age(i.buyer_account_age_days)}`,
  log_buyer_prior_orders: (i) => `the buyer has ${plural(i.buyer_prior_orders, 'earlier order')}`,
  buyer_orders_last_24h: (i) => `${plural(i.buyer_orders_last_24h, 'order')} by the buyer in the last 24 hours`,
  buyer_distinct_sellers_last_24h: (i) => `orders to ${plural(i.buyer_distinct_sellers_last_24h, 'different seller')} in the last 24 hours`,
  log_seller_account_age_days: (i) => `the seller's account is ${age(i.seller_account_age_days)}`,
  log_seller_completed_sales: (i) => `the seller has ${plural(i.seller_completed_sales, 'completed sale')}`,
  log_listing_age_hours: (i) => `the listing was created ${ago(i.listing_age_hours)}`,
  log_price_vs_category_median: (i) => `the price is ${i.price_vs_category_median.toFixed(1)}× the category's median`,
  hour_of_day: (i) => `paid at ${String(i.hour_of_day).padStart(2, '0')}:00 UTC`,
  log_pair_prior_orders: (i) => `${plural(i.pair_prior_orders, 'earlier order')} between this buyer and seller`,
  log_buyer_hours_since_new_device: (i) => `the buyer's newest device was first seen ${ago(i.buyer_hours_since_new_device)}`,
  buyer_device_shared_accounts: (i) => `${plural(i.buyer_device_shared_accounts, 'other account')} on the buyer's devices`,
  buyer_card_shared_accounts: (i) => `${plural(i.buyer_card_shared_accounts, 'other account')} paid with the buyer's cards`,
  log_buyer_hours_since_payout_change: (i) => `the buyer's payout details changed ${ago(i.buyer_hours_since_payout_change)}`,
  log_buyer_sales_last_7d: (i) => `the buyer sold ${plural(i.buyer_sales_last_7d, 'item')} in the last 7 days`,
  log_pair_prior_reviews: (i) => `${plural(i.pair_prior_reviews, 'review')} between this buyer and seller`,
  log_seller_reviews_last_30d: (i) => `the seller received ${plural(i.seller_reviews_last_30d, 'review')} in the last 30 days`,
  buyer_device_shared_new_accounts: (i) => `${plural(i.buyer_device_shared_new_accounts, 'account')} under a week old on the buyer's devices`,
  buyer_device_shared_established_accounts: (i) => `${plural(i.buyer_device_shared_established_accounts, 'long-standing account')} on the buyer's devices`,
  buyer_card_shared_new_accounts: (i) => `${plural(i.buyer_card_shared_new_accounts, 'account')} under a week old paid with the buyer's cards`,
  log_buyer_prior_disputes: (i) => `the buyer opened ${plural(i.buyer_prior_disputes, 'dispute')} or chargebacks before`,
  device_payout_change_recency: (i) => `a new device (first seen ${ago(i.buyer_hours_since_new_device)}) and changed payout details (${ago(i.buyer_hours_since_payout_change)})`,
};

/** The features that raised this input's probability most, strongest first (at most three). */
export async function explain(scorer: BatchFraudScorer, input: RiskInput): Promise<{ probability: number; reasons: RiskReason[] }> {
  const features = scorer.featureNames.filter((f) => {
    const fields = FEATURE_INPUTS[f] ?? [];
    return fields.some((k) => input[k] !== ORDINARY_PURCHASE[k]);
  });
  const variants = features.map((f) => {
    const replaced = { ...input };
    for (const k of FEATURE_INPUTS[f] ?? []) replaced[k] = ORDINARY_PURCHASE[k];
    return replaced;
  });
  const [probability, ...without] = (await scorer.scoreMany([input, ...variants])) as [number, ...number[]];
  const reasons = features
    .map((feature, i) => ({ feature, text: (TEXTS[feature] as (i: RiskInput) => string)(input), contribution: probability - (without[i] as number) }))
    .filter((r) => r.contribution >= MIN_CONTRIBUTION)
    .sort((a, b) => b.contribution - a.contribution)
    .slice(0, MAX_REASONS);
  return { probability, reasons };
}
