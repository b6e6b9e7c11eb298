// Turns the simulation into labelled model rows: features through the serving code path, an
// out-of-time split, and the label noise real chargeback data has.

import { FEATURE_NAMES, toFeatureVector, type RiskInput } from '../features';
import { replayRiskInputs } from './history';
import { DEFAULT_SIMULATION, simulateMarketplace, type Segment, type SimulationConfig, type Typology } from './marketplace';
import { Rng } from './prng';

export interface LabelledRow {
  split: 'train' | 'test';
  typology: Typology; // ground truth, for per-typology evaluation
  segment: Segment; // the legitimate segment, or the typology: for per-segment evaluation
  label: 0 | 1; // what the platform observed: the typology after label noise
  input: RiskInput;
  features: Float32Array;
}

// The last TEST_DAYS are held out: the model is judged on a period it never saw, as in production.
export const TEST_DAYS = 15;
// Fraud that never produced a chargeback or report, and legitimate orders wrongly confirmed as
// fraud. (Friendly fraud is a typology of its own; honest disputes do not change a label.)
const MISSED_FRAUD_RATE = 0.05;
const FALSE_CLAIM_RATE = 0.0015;
const LABEL_NOISE_SEED_SALT = 0x5eed;

export function buildDataset(config: SimulationConfig = DEFAULT_SIMULATION): LabelledRow[] {
  const simulation = simulateMarketplace(config);
  const inputs = replayRiskInputs(simulation);
  // Own stream, so label-noise draws cannot shift the simulation's.
  const noise = new Rng(config.seed ^ LABEL_NOISE_SEED_SALT);
  const testFrom = (config.days - TEST_DAYS) * 24;
  return simulation.orders.map((order, i) => {
    const fraud = order.typology !== 'legit';
    const flipped = noise.chance(fraud ? MISSED_FRAUD_RATE : FALSE_CLAIM_RATE);
    const observedFraud = flipped ? !fraud : fraud;
    const input = inputs[i] as RiskInput;
    return {
      split: order.t >= testFrom ? 'test' : 'train',
      typology: order.typology,
      segment: order.segment,
      label: observedFraud ? 1 : 0,
      input,
      features: toFeatureVector(input),
    };
  });
}

/** Every RiskInput field, in declaration order: the `input:` columns of the data files. */
export const INPUT_KEYS = [
  'amount_minor',
  'currency_exponent',
  'buyer_account_age_days',
  'buyer_prior_orders',
  'buyer_orders_last_24h',
  'buyer_distinct_sellers_last_24h',
  'seller_account_age_days',
  'seller_completed_sales',
  'listing_age_hours',
  'price_vs_category_median',
  'hour_of_day',
  'pair_prior_orders',
  'buyer_hours_since_new_device',
  'buyer_device_shared_accounts',
  'buyer_card_shared_accounts',
  'buyer_hours_since_payout_change',
  'buyer_sales_last_7d',
  'pair_prior_reviews',
  'seller_reviews_last_30d',
  'buyer_device_shared_new_accounts',
  'buyer_device_shared_established_accounts',
  'buyer_card_shared_new_accounts',
  'buyer_prior_disputes',
] as const satisfies readonly (keyof RiskInput)[];

/**
 * One header line, then one line per row. `input:` columns carry the raw RiskInput (the parity
 * fixture replays them through the scorer); `feature:` columns are the model inputs in
 * FEATURE_NAMES order. String(number) is the shortest exact decimal, so values round-trip.
 */
export function toCsv(rows: readonly LabelledRow[]): string {
  const header = ['split', 'typology', 'segment', 'label', ...INPUT_KEYS.map((k) => `input:${k}`), ...FEATURE_NAMES.map((f) => `feature:${f}`)];
  const lines = [header.join(',')];
  for (const row of rows) {
    const inputs = INPUT_KEYS.map((k) => String(row.input[k]));
    lines.push([row.split, row.typology, row.segment, String(row.label), ...inputs, ...Array.from(row.features, String)].join(','));
  }
  return lines.join('\n') + '\n';
}
