// Sweeps each monotone-constrained feature through the served model: for sampled rows, the
// underlying RiskInput field walks its range and the probability must never move against the
// feature's declared direction (MONOTONE in features.ts).

import { MONOTONE, NEVER_HOURS, type RiskInput } from '../features';
import type { BatchFraudScorer } from '../scorer';

type Field = keyof RiskInput;

const HOURS = [0, 1, 3, 6, 12, 24, 48, 72, 120, 168, 336, 720, 2160, 8760, NEVER_HOURS];
const COUNTS = [0, 1, 2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 30, 50, 100];

/**
 * The fields behind each constrained feature, with the sign of the feature in the field: the
 * recency of a new device and payout change falls as either age grows, so both are swept.
 */
const FIELDS: Readonly<Record<string, readonly { field: Field; sign: 1 | -1; grid: readonly number[] }[]>> = {
  buyer_orders_last_24h: [{ field: 'buyer_orders_last_24h', sign: 1, grid: COUNTS }],
  buyer_distinct_sellers_last_24h: [{ field: 'buyer_distinct_sellers_last_24h', sign: 1, grid: COUNTS }],
  log_buyer_hours_since_new_device: [{ field: 'buyer_hours_since_new_device', sign: 1, grid: HOURS }],
  log_buyer_hours_since_payout_change: [{ field: 'buyer_hours_since_payout_change', sign: 1, grid: HOURS }],
  device_payout_change_recency: [
    { field: 'buyer_hours_since_new_device', sign: -1, grid: HOURS },
    { field: 'buyer_hours_since_payout_change', sign: -1, grid: HOURS },
  ],
  buyer_device_shared_new_accounts: [{ field: 'buyer_device_shared_new_accounts', sign: 1, grid: COUNTS }],
  buyer_card_shared_new_accounts: [{ field: 'buyer_card_shared_new_accounts', sign: 1, grid: COUNTS }],
  buyer_device_shared_established_accounts: [{ field: 'buyer_device_shared_established_accounts', sign: 1, grid: COUNTS }],
  log_buyer_prior_disputes: [{ field: 'buyer_prior_disputes', sign: 1, grid: COUNTS }],
};

export interface FeatureSweep {
  feature: string;
  direction: 1 | -1;
  fields: Field[];
  /** Rows × fields swept. */
  sweeps: number;
  /** Adjacent grid steps where the probability moved against the direction. */
  violations: number;
  /** The largest such move, in probability. */
  largest_move_against: number;
}

export interface MonotonicitySweep {
  rows: number;
  violations: number;
  features: FeatureSweep[];
  /** Constrained features the model does not take as input (nothing to sweep). */
  not_model_inputs: string[];
}

export async function sweepMonotonicity(scorer: BatchFraudScorer, rows: readonly RiskInput[]): Promise<MonotonicitySweep> {
  const features: FeatureSweep[] = [];
  const notInputs: string[] = [];
  for (const [feature, direction] of Object.entries(MONOTONE)) {
    const fields = FIELDS[feature];
    if (!fields) throw new Error(`no sweep defined for the monotone feature ${feature}`);
    if (!scorer.featureNames.includes(feature)) {
      notInputs.push(feature);
      continue;
    }
    const sweep: FeatureSweep = { feature, direction, fields: fields.map((f) => f.field), sweeps: 0, violations: 0, largest_move_against: 0 };
    for (const { field, sign, grid } of fields) {
      const variants = rows.flatMap((row) => grid.map((value) => ({ ...row, [field]: value })));
      const p = await scorer.scoreMany(variants);
      const expected = direction * sign;
      rows.forEach((_, r) => {
        for (let k = r * grid.length + 1; k < (r + 1) * grid.length; k++) {
          const against = -expected * ((p[k] as number) - (p[k - 1] as number));
          if (against > 0) {
            sweep.violations++;
            sweep.largest_move_against = Math.max(sweep.largest_move_against, against);
          }
        }
      });
      sweep.sweeps += rows.length;
    }
    features.push(sweep);
  }
  return { rows: rows.length, violations: features.reduce((n, f) => n + f.violations, 0), features, not_model_inputs: notInputs };
}
