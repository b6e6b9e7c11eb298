// The statistics of model monitoring, pure: a proportion with its Wilson interval, average precision
// (PR-AUC) and the population stability index of two score samples.

import { rankingMetricsOf } from '@agora/fraud-models';

export interface Proportion {
  value: number;
  /** 95% Wilson score interval: honest at small counts and near 0 or 1, where the normal one is not. */
  low: number;
  high: number;
  successes: number;
  trials: number;
}

const Z = 1.959964;

/** successes / trials with its Wilson interval, or null when there are no trials. */
export function proportion(successes: number, trials: number): Proportion | null {
  if (trials === 0) return null;
  const p = successes / trials;
  const z2n = (Z * Z) / trials;
  const centre = (p + z2n / 2) / (1 + z2n);
  const half = (Z * Math.sqrt((p * (1 - p)) / trials + z2n / (4 * trials))) / (1 + z2n);
  return { value: p, low: Math.max(0, centre - half), high: Math.min(1, centre + half), successes, trials };
}

/** Average precision (scikit-learn's `average_precision_score`, ties taken together). Null without positives. */
export function averagePrecision(scored: readonly { prediction: number; label: 0 | 1 }[]): number | null {
  if (!scored.some((s) => s.label === 1)) return null;
  return rankingMetricsOf(
    scored.map((s) => s.prediction),
    scored.map((s) => s.label),
  ).pr_auc;
}

/** Ten fixed bins of the 0–100 score: [0,10), [10,20) … [90,100]. Fixed, so every period and model is binned alike. */
export const PSI_BINS = 10;
/** A bin's share never falls below this, so an empty bin costs a bounded amount instead of log(0). */
const FLOOR = 1e-4;

function shares(scores: readonly number[]): number[] {
  const counts = new Array<number>(PSI_BINS).fill(0);
  for (const s of scores) counts[Math.min(PSI_BINS - 1, Math.floor(s / (100 / PSI_BINS)))]!++;
  return counts.map((c) => Math.max(FLOOR, c / scores.length));
}

/** PSI = Σ (aᵢ − eᵢ)·ln(aᵢ/eᵢ) of `actual` against `expected` on the fixed bins; null when either is empty. */
export function psi(expected: readonly number[], actual: readonly number[]): number | null {
  if (expected.length === 0 || actual.length === 0) return null;
  const e = shares(expected);
  const a = shares(actual);
  return e.reduce((sum, ei, i) => sum + (a[i]! - ei) * Math.log(a[i]! / ei), 0);
}

export type PsiReading = 'stable' | 'moderate' | 'major';

/** The usual reading: below 0.1 stable, 0.1–0.25 a moderate shift, above 0.25 a major one. */
export function psiReading(value: number): PsiReading {
  if (value < 0.1) return 'stable';
  return value <= 0.25 ? 'moderate' : 'major';
}
