import { NEVER_HOURS, type RiskInput } from '../features';
import { rulesPoints } from './rules-baseline';

const ordinary: RiskInput = {
  amount_minor: 3_500,
  currency_exponent: 2,
  buyer_account_age_days: 700,
  buyer_prior_orders: 40,
  buyer_orders_last_24h: 1,
  buyer_distinct_sellers_last_24h: 1,
  seller_account_age_days: 900,
  seller_completed_sales: 300,
  listing_age_hours: 72,
  price_vs_category_median: 1,
  hour_of_day: 19,
  pair_prior_orders: 0,
  buyer_hours_since_new_device: 700 * 24,
  buyer_device_shared_accounts: 0,
  buyer_card_shared_accounts: 0,
  buyer_hours_since_payout_change: NEVER_HOURS,
  buyer_sales_last_7d: 0,
  pair_prior_reviews: 0,
  seller_reviews_last_30d: 6,
  buyer_device_shared_new_accounts: 0,
  buyer_device_shared_established_accounts: 0,
  buyer_card_shared_new_accounts: 0,
  buyer_prior_disputes: 0,
};

test('an ordinary order fires no rule', () => {
  expect(rulesPoints(ordinary)).toBe(0);
});

test('one point per rule that fires', () => {
  expect(rulesPoints({ ...ordinary, buyer_hours_since_new_device: 10, buyer_hours_since_payout_change: 5 })).toBe(1); // takeover
  expect(rulesPoints({ ...ordinary, buyer_orders_last_24h: 5 })).toBe(1); // velocity
  // A day-old account spraying sellers with a big ticket, on a device shared with three accounts.
  const burst = { ...ordinary, buyer_account_age_days: 1, buyer_orders_last_24h: 6, buyer_distinct_sellers_last_24h: 6, amount_minor: 40_000, buyer_device_shared_accounts: 3 };
  expect(rulesPoints(burst)).toBe(4);
  // Collusion and a fresh reviewing pair: repeat pair, young seller, price three times the median and more.
  expect(rulesPoints({ ...ordinary, pair_prior_orders: 2, pair_prior_reviews: 1, seller_account_age_days: 10, price_vs_category_median: 3.5 })).toBe(2);
  expect(rulesPoints({ ...ordinary, buyer_account_age_days: 20, buyer_sales_last_7d: 3 })).toBe(1);
});
