// What shadow models add to a payment's risk step, in-process (the one extra insert row per shadow
// is not measured here): the live model alone vs the live model plus N shadows scoring the same
// input, as assessPayment does. Prints µs per payment and the ratio against the live-only baseline
// measured in the same run.
//   npx tsx bench/shadow-scoring.ts [--shadows 2] [--iterations 20000]
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DEFAULT_MODEL_PATH, type RiskInput, loadScorer } from '../fraud-models/src';

const args = parseArgs({ options: { shadows: { type: 'string', default: '2' }, iterations: { type: 'string', default: '20000' } } }).values;
const shadowCount = Number(args.shadows);
const iterations = Number(args.iterations);

const input: RiskInput = {
  amount_minor: 24_900,
  currency_exponent: 2,
  buyer_account_age_days: 3,
  buyer_prior_orders: 4,
  buyer_orders_last_24h: 3,
  buyer_distinct_sellers_last_24h: 2,
  seller_account_age_days: 400,
  seller_completed_sales: 50,
  listing_age_hours: 30,
  price_vs_category_median: 1.2,
  hour_of_day: 3,
  pair_prior_orders: 0,
  buyer_hours_since_new_device: 400,
  buyer_device_shared_accounts: 0,
  buyer_card_shared_accounts: 0,
  buyer_hours_since_payout_change: 2000,
  buyer_sales_last_7d: 0,
  pair_prior_reviews: 0,
  seller_reviews_last_30d: 4,
  buyer_device_shared_new_accounts: 0,
  buyer_device_shared_established_accounts: 0,
  buyer_card_shared_new_accounts: 0,
  buyer_prior_disputes: 0,
};

async function perPayment(models: { score(i: RiskInput): Promise<number> }[]): Promise<number> {
  for (let i = 0; i < 1000; i += 1) await Promise.all(models.map((m) => m.score(input)));
  const start = process.hrtime.bigint();
  for (let i = 0; i < iterations; i += 1) await Promise.all(models.map((m) => m.score({ ...input, hour_of_day: i % 24 })));
  return Number(process.hrtime.bigint() - start) / 1000 / iterations;
}

async function main() {
  // Shadows are the committed model under other names: the same size as a real candidate.
  const bytes = readFileSync(DEFAULT_MODEL_PATH);
  const live = await loadScorer({ version: 'live', bytes });
  const shadows = await Promise.all(Array.from({ length: shadowCount }, (_, i) => loadScorer({ version: `shadow-${i}`, bytes })));
  const baseline = await perPayment([live]);
  const withShadows = await perPayment([live, ...shadows]);
  const again = await perPayment([live]);
  process.stdout.write(`live only            ${baseline.toFixed(1)} µs/payment (repeat: ${again.toFixed(1)})\n`);
  process.stdout.write(
    `live + ${shadowCount} shadow(s)    ${withShadows.toFixed(1)} µs/payment  (${(withShadows / ((baseline + again) / 2)).toFixed(2)}× the live-only baseline)\n`,
  );
  await Promise.all([live, ...shadows].map((m) => m.close()));
}

void main();
