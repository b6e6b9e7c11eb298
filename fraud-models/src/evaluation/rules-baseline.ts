// The baseline a trust-and-safety team writes by hand: train/train.py's rules_score, one point per
// rule that fires. It reads the same float32 feature values train.py read (the serving transforms,
// then expm1 back to counts and ages), so its thresholds cut exactly where train.py's did.

import { vectorFor, type RiskInput } from '../features';

const NAMES = [
  'log_amount_major',
  'log_buyer_account_age_days',
  'log_seller_account_age_days',
  'log_pair_prior_orders',
  'log_price_vs_category_median',
  'log_buyer_hours_since_new_device',
  'log_buyer_hours_since_payout_change',
  'buyer_orders_last_24h',
  'buyer_distinct_sellers_last_24h',
  'buyer_device_shared_accounts',
  'buyer_card_shared_accounts',
  'log_buyer_sales_last_7d',
  'log_pair_prior_reviews',
] as const;
const toVector = vectorFor(NAMES);

export function rulesPoints(input: RiskInput): number {
  const v = toVector(input);
  const f = Object.fromEntries(NAMES.map((name, i) => [name, v[i] as number])) as Record<(typeof NAMES)[number], number>;
  const amount = Math.expm1(f.log_amount_major);
  const buyerAge = Math.expm1(f.log_buyer_account_age_days);
  const sellerAge = Math.expm1(f.log_seller_account_age_days);
  const pair = Math.expm1(f.log_pair_prior_orders);
  const oddPrice = Math.abs(f.log_price_vs_category_median) > Math.log(3);
  const newDeviceHours = Math.expm1(f.log_buyer_hours_since_new_device);
  const payoutChangeHours = Math.expm1(f.log_buyer_hours_since_payout_change);
  const rules = [
    f.buyer_orders_last_24h >= 5, // velocity
    buyerAge < 7 && f.buyer_distinct_sellers_last_24h >= 2, // new account spraying sellers
    buyerAge < 3 && amount >= 300, // new account, big ticket
    pair >= 1 && sellerAge < 30 && oddPrice, // collusion
    buyerAge >= 30 && newDeviceHours < 48 && payoutChangeHours < 72, // account takeover
    f.buyer_device_shared_accounts >= 3 || f.buyer_card_shared_accounts >= 2, // multi-accounting
    Math.expm1(f.log_buyer_sales_last_7d) >= 3 && buyerAge < 60, // young account reselling fast
    Math.expm1(f.log_pair_prior_reviews) >= 1 && sellerAge < 30, // fresh pair reviewing each other
  ];
  return rules.filter(Boolean).length;
}
